package nl.cookiekeur.scanner.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * Fuzzes the sitemap parser with what a site may serve as {@code sitemap.xml}: the only exception that may
 * escape is {@link SitemapFormatException}, and every location kept is an http(s) URL of the scanned site.
 */
class SitemapParserFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void onlySitemapFormatExceptionEscapes(byte[] body) {
        Sitemap sitemap;
        try {
            sitemap = SitemapParser.parse(body, "shop.nl");
        } catch (SitemapFormatException e) {
            return;
        }
        assertThat(sitemap.locations()).hasSizeLessThanOrEqualTo(SitemapParser.MAX_LOCATIONS);
        for (String location : sitemap.locations()) {
            assertThat(location).matches("https?://.*");
            assertThat(RegistrableDomain.ofUrl(location)).isEqualTo("shop.nl");
        }
    }
}
