package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.cookiekeur.consent.ConsentException;

/**
 * Fuzzes the site configuration a site owner uploads: the only exception that may escape is
 * {@link ConsentException} with reason {@code INVALID_CONFIG} (HTTP 400 naming the problem); an accepted
 * configuration has a content version.
 */
class SiteConfigFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void onlyInvalidConfigEscapes(byte[] input) {
        SiteConfig config;
        try {
            config = SiteConfig.parse("shop", new String(input, StandardCharsets.UTF_8));
        } catch (ConsentException e) {
            assertThat(e.reason()).isEqualTo(ConsentException.Reason.INVALID_CONFIG);
            return;
        }
        assertThat(config.version()).matches(SiteConfig.VERSION);
    }
}
