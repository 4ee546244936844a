package nl.cookiekeur.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebUrlTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.example.nl, https://www.example.nl/",
        "HTTPS://WWW.Example.NL/Pad?q=A#top, https://www.example.nl/Pad?q=A#top",
        "http://example.nl:8080/a%20b, http://example.nl:8080/a%20b",
        "https://bücher.de/winkel, https://xn--bcher-kva.de/winkel",
        "'  https://[::1]:8443/ ', 'https://[::1]:8443/'",
        "https://127.0.0.1/, https://127.0.0.1/"
    })
    void normalisesTheAddress(String input, String expected) {
        assertThat(WebUrl.parse(input)).map(WebUrl::toString).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "ftp://example.nl/",
        "mailto:info@example.nl",
        "/pad",
        "'https://'",
        "'https:///pad'",
        "'ht tp://x'",
        "''"
    })
    void refusesWhatIsNoWebAddressWithAHost(String input) {
        assertThat(WebUrl.parse(input)).isEmpty();
    }

    @Test
    void refusesAnInternationalNameTooLongForDnsWithoutThrowing() {
        // found by SitemapParserFuzzTest: the JDK's punycode encoder threw a bare RuntimeException ("input too long")
        assertThat(WebUrl.parse("https://" + "é".repeat(1254) + ".nl/")).isEmpty();
        assertThat(WebUrl.parse("https://" + "ä".repeat(64) + ".nl/")).isEmpty();
        assertThat(WebUrl.parse("https://bücher.nl/")).map(WebUrl::host).contains("xn--bcher-kva.nl");
    }

    @Test
    void dropsCredentialsSoTheyAreNeverStoredOrShown() {
        WebUrl url = WebUrl.parse("https://jan:geheim%21@shop.example.nl:8443/login?x=1")
                .orElseThrow();

        assertThat(url.toString()).isEqualTo("https://shop.example.nl:8443/login?x=1");
        assertThat(url.uri().getUserInfo()).isNull();
        assertThat(url.toString()).doesNotContain("jan").doesNotContain("geheim");
        assertThat(new WebUrl(URI.create("http://a:b@example.nl")).toString()).isEqualTo("http://example.nl/");
        assertThat(WebUrl.parse("https://jan:geheim@bücher.de/"))
                .map(WebUrl::toString)
                .contains("https://xn--bcher-kva.de/");
    }

    @Test
    void refusalsDoNotRepeatTheCredentials() {
        assertThatThrownBy(() -> new WebUrl(URI.create("ftp://jan:geheim@example.nl/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("geheim");
    }

    @Test
    void knowsItsSite() {
        WebUrl url = WebUrl.parse("https://shop.bakkerij-jansen.co.uk/").orElseThrow();
        assertThat(url.host()).isEqualTo("shop.bakkerij-jansen.co.uk");
        assertThat(url.site()).isEqualTo("bakkerij-jansen.co.uk");
    }
}
