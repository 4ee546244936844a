package nl.cookiekeur.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostsTest {

    @ParameterizedTest
    @CsvSource({
        "www.example.com, example.com",
        ".example.com, example.com",
        "example.com., example.com",
        "WWW.Example.COM, example.com",
        "a.b.example.co.uk, example.co.uk",
        "stats.gemeente.amsterdam.nl, amsterdam.nl",
        "x.y.github.io, y.github.io",
        "bücher.de, xn--bcher-kva.de",
        "www.bücher.de, xn--bcher-kva.de",
        "localhost, localhost",
        "192.168.1.10, 192.168.1.10",
        "'[2001:db8::1]', 2001:db8::1",
        "example.com:8443, example.com",
        "co.uk, co.uk",
        "forms.office.comm, office.comm"
    })
    void findsTheRegistrableDomain(String input, String expected) {
        assertThat(Hosts.registrable(input)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"'exa mple.com'", "'-bad-.com'", "''", "'...'", "'a_b.com/path'"})
    void rejectsWhatIsNoHost(String input) {
        assertThat(Hosts.registrable(input)).isEmpty();
    }

    @Test
    void lowerCasesWithTheRootLocaleEvenInTurkish() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Hosts.registrable("WWW.LINKEDIN.COM")).contains("linkedin.com");
            assertThat(Hosts.quickNormalise("STATS.INFO")).isEqualTo("stats.info");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void listsTheHostAndItsParentsDownToTheRegistrableDomain() {
        assertThat(Hosts.selfAndParents("a.b.google-analytics.com"))
                .containsExactly("a.b.google-analytics.com", "b.google-analytics.com", "google-analytics.com");
        assertThat(Hosts.selfAndParents("shop.example.co.uk")).containsExactly("shop.example.co.uk", "example.co.uk");
        assertThat(Hosts.selfAndParents("127.0.0.1")).containsExactly("127.0.0.1");
    }

    @Test
    void isWithinRespectsLabelBoundaries() {
        assertThat(Hosts.isWithin("a.bing.com", "bing.com")).isTrue();
        assertThat(Hosts.isWithin("bing.com", "bing.com")).isTrue();
        assertThat(Hosts.isWithin("notbing.com", "bing.com")).isFalse();
        assertThat(Hosts.isWithin("com", "bing.com")).isFalse();
    }

    @Test
    void recognisesRegistrySuffixesButNotPrivateOnes() {
        assertThat(Hosts.isRegistrySuffix("co.uk")).isTrue();
        assertThat(Hosts.isRegistrySuffix("COM.")).isTrue();
        assertThat(Hosts.isRegistrySuffix("akamai.net")).isFalse();
        assertThat(Hosts.isRegistrySuffix("example.nl")).isFalse();
    }

    @Test
    void recognisesIpAddresses() {
        assertThat(Hosts.isIpAddress("10.0.0.1")).isTrue();
        assertThat(Hosts.isIpAddress("[::1]")).isTrue();
        assertThat(Hosts.isIpAddress("example.com")).isFalse();
    }

    @Test
    void quickNormaliseDropsTheLeadingDotsOfCookieDomainsLikeNormalise() {
        for (String domain : new String[] {".example.co.uk", "..a.b.example.com", ".doubleclick.net", "x.nl"}) {
            assertThat(Hosts.quickNormalise(domain))
                    .isEqualTo(Hosts.normalise(domain).orElseThrow());
        }
        assertThat(Hosts.quickNormalise(".")).isNull();
        assertThat(Hosts.quickNormalise(".Example.COM.")).isEqualTo("example.com");
    }
}
