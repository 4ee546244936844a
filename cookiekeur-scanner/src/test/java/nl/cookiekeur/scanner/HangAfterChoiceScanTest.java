package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.site.WebUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page that hangs only after the visitor accepted (www.lastige-site.nl/vastloper-na-keuze.html: the accept
 * button starts a busy loop) answered every check while it loaded. What the accept phase would read afterwards
 * is empty, and must not count as seen: the scanner records the page as unresponsive, so the phase has a gap.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HangAfterChoiceScanTest {
    private static final String PAGE = "/vastloper-na-keuze.html";

    private ScanEvidence evidence;

    @BeforeAll
    void scan(FixtureServer server) throws Exception {
        ScanRequest request = new ScanRequest(
                new WebUrl(server.url(FixtureSite.LASTIGE_SITE.host(), PAGE)),
                1,
                List.of(Phase.ACCEPT),
                1,
                Duration.ofMinutes(2),
                false,
                server.hostRules(),
                true,
                FixtureScans.folder());
        evidence = PlaywrightSiteScanner.chromium().scan(request, ScanProgress.silent());
    }

    /**
     * The hang is recorded, in one of two ways depending on when the page's busy loop begins: after the banner
     * operator's check of the click, the choice is made and the tab is found frozen before it is read
     * ({@code unresponsive}); during that check (a frame script call without a time limit), the phase cannot finish
     * before the scan's time is over and is recorded as unfinished. Either way there is a trace, never a clean phase.
     */
    @Test
    void theHangAfterTheChoiceIsRecorded() {
        boolean unfinished = evidence.problems().stream()
                .anyMatch(p -> p.phase() == Phase.ACCEPT
                        && p.note() != null
                        && p.note().key().equals("problem.phase.unfinished"));
        if (unfinished) {
            assertThat(evidence.choices()).isEmpty();
            return;
        }
        assertThat(evidence.choices())
                .singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(ChoiceOutcome.MADE));
        assertThat(evidence.problems()).anySatisfy(p -> {
            assertThat(p.phase()).isEqualTo(Phase.ACCEPT);
            assertThat(p.kind()).isEqualTo("unresponsive");
            assertThat(p.pageUrl()).endsWith(PAGE);
        });
    }

    @Test
    void theAcceptPhaseIsNotCountedAsSeen() {
        Coverage coverage = Coverage.of(evidence);

        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.seen(evidence)).doesNotContain(Phase.ACCEPT);
    }
}
