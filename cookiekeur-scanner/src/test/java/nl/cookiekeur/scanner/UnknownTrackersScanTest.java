package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12, items 6 and 8, in real Chromium on the fixture sites: a cross-site iframe's own requests are
 * recorded with their frame, and trackers no list names are recorded by what their scripts do.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnknownTrackersScanTest {
    private final Map<FixtureSite, ScanEvidence> scans = new EnumMap<>(FixtureSite.class);

    @BeforeAll
    void scanTheSites(FixtureServer server) throws Exception {
        FixtureScans scanner = new FixtureScans(server);
        for (FixtureSite site :
                List.of(FixtureSite.WEERKAART_HOLLAND, FixtureSite.MEUBELMAKERIJ_STAM, FixtureSite.FOTOSTUDIO_LENS)) {
            scans.put(site, scanner.scan(site, 1, Phase.INITIAL));
        }
    }

    private ScanEvidence evidence(FixtureSite site) {
        return java.util.Objects.requireNonNull(scans.get(site), site.name());
    }

    private List<ScriptBehaviour> behaviours(FixtureSite site, BehaviourKind kind) {
        return evidence(site).behaviours().stream()
                .filter(b -> b.kind() == kind)
                .toList();
    }

    @Test
    void everyRequestOfTheCrossSiteIframeIsRecordedWithItsFrame() {
        List<ObservedRequest> widget = evidence(FixtureSite.WEERKAART_HOLLAND).requests(Phase.INITIAL).stream()
                .filter(r -> r.host().equals("widget.kaartwolk.com"))
                .toList();

        assertThat(widget)
                .as("requests to the widget host: %s", widget)
                .anySatisfy(r -> assertThat(r.url()).startsWith("https://widget.kaartwolk.com/embed.html"))
                .anySatisfy(r -> {
                    assertThat(r.url()).isEqualTo("https://widget.kaartwolk.com/kaart.js");
                    assertThat(r.frameUrl()).startsWith("https://widget.kaartwolk.com/embed.html");
                })
                .anySatisfy(r -> {
                    assertThat(r.url()).startsWith("https://widget.kaartwolk.com/hit.gif?vid=");
                    assertThat(r.frameUrl()).startsWith("https://widget.kaartwolk.com/embed.html");
                })
                .anySatisfy(r -> {
                    assertThat(r.url()).isEqualTo("https://widget.kaartwolk.com/event");
                    assertThat(r.method()).isEqualTo("POST");
                    assertThat(r.frameUrl()).startsWith("https://widget.kaartwolk.com/embed.html");
                });
        assertThat(widget.stream().filter(r -> r.url().startsWith("https://widget.kaartwolk.com/hit.gif")))
                .as("each request once")
                .hasSize(1);
        assertThat(behaviours(FixtureSite.WEERKAART_HOLLAND, BehaviourKind.TRACKING_IDENTIFIER))
                .anySatisfy(b -> {
                    assertThat(b.key()).isEqualTo("kw_vid");
                    assertThat(b.script()).isEqualTo("https://widget.kaartwolk.com/kaart.js");
                });
    }

    @Test
    void aRenamedSelfHostedRecorderIsRecordedAsSessionRecording() {
        assertThat(behaviours(FixtureSite.MEUBELMAKERIJ_STAM, BehaviourKind.SESSION_RECORDING))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.script()).isEqualTo("https://www.meubelmakerij-stam.nl/js/stats.js");
                    assertThat(b.target()).isEqualTo("https://www.meubelmakerij-stam.nl/collect");
                    assertThat(b.count()).isGreaterThanOrEqualTo(2);
                    assertThat(b.detail()).contains("MutationObserver");
                });
        assertThat(behaviours(FixtureSite.MEUBELMAKERIJ_STAM, BehaviourKind.TRACKING_IDENTIFIER))
                .isEmpty();
    }

    @Test
    void anIdentifierSentToAnotherPartyIsRecordedWithItsWriterAndTarget() {
        assertThat(behaviours(FixtureSite.FOTOSTUDIO_LENS, BehaviourKind.TRACKING_IDENTIFIER))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.key()).isEqualTo("trk_uid");
                    assertThat(b.script()).isEqualTo("https://www.fotostudio-lens.nl/js/bezoek.js");
                    assertThat(b.target()).startsWith("https://teller.bezoekmeter.com/t.gif?uid=");
                });
        assertThat(behaviours(FixtureSite.FOTOSTUDIO_LENS, BehaviourKind.PAGE_BEACON))
                .anySatisfy(b -> assertThat(b.target()).startsWith("https://teller.bezoekmeter.com/t.gif"));
        assertThat(behaviours(FixtureSite.FOTOSTUDIO_LENS, BehaviourKind.SESSION_RECORDING))
                .isEmpty();
    }
}
