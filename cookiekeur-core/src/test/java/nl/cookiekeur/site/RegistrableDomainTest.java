package nl.cookiekeur.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrableDomainTest {

    @ParameterizedTest
    @CsvSource({
        "www.example.com, example.com",
        ".example.com, example.com",
        "example.com., example.com",
        "WWW.Example.COM, example.com",
        "a.b.example.co.uk, example.co.uk",
        "www.gov.uk, www.gov.uk",
        "stats.gemeente.amsterdam.nl, amsterdam.nl",
        "x.y.github.io, y.github.io",
        "foo.bar.s3.amazonaws.com, bar.s3.amazonaws.com",
        "shop.myshopify.com, shop.myshopify.com",
        "bücher.de, xn--bcher-kva.de",
        "www.xn--bcher-kva.de, xn--bcher-kva.de",
        "localhost, localhost",
        "192.168.1.10, 192.168.1.10",
        "'[2001:db8:0:0::1]', 2001:db8::1",
        "example.com:8443, example.com",
        "co.uk, co.uk",
        "a.b.unknown-tld-zzz, b.unknown-tld-zzz",
        "www.ck, www.ck",
        "a.b.c.ck, b.c.ck"
    })
    void findsTheRegistrableDomainByThePublicSuffixList(String input, String expected) {
        assertThat(RegistrableDomain.of(input)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"'exa mple.com'", "'-bad-.com'", "''", "'...'", "'a_b.com/path'", "'1.2.3'", "'256.1.1.1'"})
    void rejectsWhatIsNoHost(String input) {
        assertThat(RegistrableDomain.of(input)).isEmpty();
    }

    @Test
    void lowerCasesWithTheRootLocaleEvenInTurkish() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(RegistrableDomain.of("WWW.LINKEDIN.COM")).contains("linkedin.com");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void tellsThirdPartiesBySite() {
        assertThat(RegistrableDomain.thirdPartyUrl("https://cdn.bakkerij-jansen.nl/x.js", "bakkerij-jansen.nl"))
                .isFalse();
        assertThat(RegistrableDomain.thirdPartyUrl("https://www.googletagmanager.com/gtag/js", "bakkerij-jansen.nl"))
                .isTrue();
        assertThat(RegistrableDomain.thirdPartyUrl("data:image/png;base64,xx", "bakkerij-jansen.nl"))
                .isFalse();
        assertThat(RegistrableDomain.thirdParty(".alice.github.io", "bob.github.io"))
                .isTrue();
        assertThat(RegistrableDomain.sameSite("a.example.co.uk", ".example.co.uk"))
                .isTrue();
        assertThat(RegistrableDomain.sameSite("", "")).isFalse();
    }

    @Test
    void recognisesRegistrySuffixesButNotPrivateOnes() {
        assertThat(RegistrableDomain.isRegistrySuffix("co.uk")).isTrue();
        assertThat(RegistrableDomain.isRegistrySuffix("COM.")).isTrue();
        assertThat(RegistrableDomain.isRegistrySuffix("akamai.net")).isFalse();
        assertThat(RegistrableDomain.isRegistrySuffix("github.io")).isFalse();
        assertThat(RegistrableDomain.isRegistrySuffix("example.nl")).isFalse();
        assertThat(RegistrableDomain.isRegistrySuffix("unknown-tld-zzz")).isFalse();
    }

    @Test
    void writesIpAddressesCanonically() {
        assertThat(HostName.normalise("[2001:DB8:0:0:0:0:0:1]")).contains("2001:db8::1");
        assertThat(HostName.normalise("::ffff:10.0.0.1")).contains("10.0.0.1");
        assertThat(HostName.normalise("fe80:0:0:1:0:0:0:1")).contains("fe80:0:0:1::1");
        assertThat(HostName.isIpAddress("[::1]")).isTrue();
        assertThat(HostName.isIpAddress("10.0.0.1")).isTrue();
        assertThat(HostName.isIpAddress("example.com")).isFalse();
        assertThat(HostName.normalise("zz::1")).isEmpty();
    }
}
