package nl.cookiekeur.scanner.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SitesTest {

    @Test
    void registrableDomainByThePublicSuffixList() {
        assertThat(Sites.of("www.bakkerij-jansen.nl")).isEqualTo("bakkerij-jansen.nl");
        assertThat(Sites.of(".a.b.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(Sites.of("WWW.Shop.NL.")).isEqualTo("shop.nl");
        assertThat(Sites.of("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(Sites.of("localhost")).isEqualTo("localhost");
        assertThat(Sites.of("a.b.unknown-tld-zzz")).isEqualTo("b.unknown-tld-zzz");
    }

    @Test
    void thirdPartyByRegistrableDomain() {
        assertThat(Sites.thirdParty("https://cdn.bakkerij-jansen.nl/x.js", "bakkerij-jansen.nl"))
                .isFalse();
        assertThat(Sites.thirdParty("https://www.googletagmanager.com/gtag/js", "bakkerij-jansen.nl"))
                .isTrue();
        assertThat(Sites.thirdParty("data:image/png;base64,xx", "bakkerij-jansen.nl"))
                .isFalse();
    }
}
