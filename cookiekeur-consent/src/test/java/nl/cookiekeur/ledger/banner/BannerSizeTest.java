package nl.cookiekeur.ledger.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The size ceiling for everything the first layer needs: the built script and stylesheet
 * together at most 6 KB gzip. Sizes are deterministic for a given source, so this is a plain test;
 * the comparison with other banners is in the benchmark (docs/benchmarks.md).
 */
class BannerSizeTest {
    static final int CEILING_BYTES = 6 * 1024;

    @Test
    void scriptAndStylesheetStayWithinSixKilobytesGzip() {
        int script = gzip("banner.min.js");
        int stylesheet = gzip("banner.css");

        assertThat(script + stylesheet).isLessThanOrEqualTo(CEILING_BYTES);
    }

    @Test
    void theBuiltScriptIsMinifiedAndWrappedSoItLeaksNoGlobals() {
        String script = BannerSiteServer.resource("/nl/cookiekeur/ledger/web/banner.min.js");

        assertThat(script).startsWith("(function(){").doesNotContain("/**", "\n  ");
        assertThat(script).doesNotContain("eval(", "innerHTML", "new Function");
    }

    @Test
    void theBuiltStylesheetHasNoCommentsAndKeepsDescendantCombinators() {
        String css = BannerSiteServer.resource("/nl/cookiekeur/ledger/web/banner.css");

        assertThat(css).doesNotContain("/*", "\n  ", ": ").contains(".ck-root :focus-visible");
    }

    private static int gzip(String name) {
        return GzipSize.of(
                BannerSiteServer.resource("/nl/cookiekeur/ledger/web/" + name).getBytes(StandardCharsets.UTF_8));
    }
}
