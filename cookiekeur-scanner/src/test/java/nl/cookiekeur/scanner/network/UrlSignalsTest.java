package nl.cookiekeur.scanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlSignalsTest {

    @Test
    void readsClickIdsFromQueryAndFragment() {
        String url = "https://shop.nl/?utm_source=x&GCLID=abc%2F1&fbclid=F2#msclkid=m3";
        assertThat(UrlSignals.clickIds(url)).isEqualTo(Map.of("gclid", "abc/1", "fbclid", "F2", "msclkid", "m3"));
    }

    @Test
    void readsConsentModeParameters() {
        String url = "https://region1.google-analytics.com/g/collect?v=2&tid=G-1&gcs=G100&gcd=13p3p3p2p5&dl=x";
        assertThat(UrlSignals.consentMode(url)).isEqualTo(Map.of("gcs", "G100", "gcd", "13p3p3p2p5"));
        assertThat(UrlSignals.clickIds(url)).isEmpty();
    }

    @Test
    void boundsHostileValues() {
        String url = "https://x.nl/?gclid=" + "a".repeat(10_000);
        assertThat(UrlSignals.clickIds(url).get("gclid")).hasSize(200);
        assertThat(UrlSignals.clickIds("https://x.nl/?%ZZ=1&gclid")).isEqualTo(Map.of("gclid", ""));
    }
}
