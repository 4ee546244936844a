package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The start host is looked up before a browser starts, honouring the host-resolver rules as Chromium does. */
class StartHostTest {
    private static final String RULES =
            "MAP www.winkel.nl:443 127.0.0.1:8443, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";

    private static ScanRequest request(String url, @Nullable String rules) {
        return new ScanRequest(
                new WebUrl(URI.create(url)),
                1,
                List.of(Phase.INITIAL),
                1,
                Duration.ofMinutes(1),
                false,
                rules,
                true,
                Path.of("niet-gebruikt"));
    }

    @Test
    void rulesDecideLikeChromium() {
        HostRules rules = HostRules.parse(RULES);

        assertThat(rules.decide("www.winkel.nl", 443)).isEqualTo(HostRules.Decision.MAPPED);
        assertThat(rules.decide("www.winkel.nl", 80)).isEqualTo(HostRules.Decision.NOT_FOUND);
        assertThat(rules.decide("www.elders.nl", 443)).isEqualTo(HostRules.Decision.NOT_FOUND);
        assertThat(rules.decide("localhost", 8080)).isEqualTo(HostRules.Decision.DNS);
        assertThat(HostRules.parse("MAP *.winkel.nl 127.0.0.1").decide("shop.winkel.nl", 443))
                .isEqualTo(HostRules.Decision.MAPPED);
        assertThat(HostRules.parse(null).decide("www.winkel.nl", 443)).isEqualTo(HostRules.Decision.DNS);
    }

    @Test
    void aNameTheRulesMakeUnresolvableFailsAsDns() {
        assertThatThrownBy(() -> StartHost.check(request("https://www.bestaat-niet.nl/", RULES)))
                .isInstanceOf(ScanFailedException.class)
                .satisfies(e -> assertThat(((ScanFailedException) e).text(Language.ENGLISH))
                        .isEqualTo("The site https://www.bestaat-niet.nl/ cannot be scanned: its name is not found"
                                + " (DNS)."));
    }

    @Test
    void aNameTheDnsDoesNotKnowFailsAsDns() {
        // .invalid never resolves (RFC 6761)
        assertThatThrownBy(() -> StartHost.check(request("https://cookiekeur.invalid/", null)))
                .isInstanceOf(ScanFailedException.class)
                .satisfies(
                        e -> assertThat(((ScanFailedException) e).note().key()).isEqualTo("unreachable.dns"));
    }

    @Test
    void mappedAndResolvableHostsPass() {
        assertThatCode(() -> StartHost.check(request("https://www.winkel.nl/", RULES)))
                .doesNotThrowAnyException();
        assertThatCode(() -> StartHost.check(request("http://localhost:8080/", RULES)))
                .doesNotThrowAnyException();
    }
}
