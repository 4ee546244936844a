package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.BannerEventKind;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A banner that closes itself after 3 s (www.ijssalon-venezia.nl) is operated in the choice phases while it shows:
 * the wait after loading ends as soon as the banner watcher sees it (issue 12: operate a banner as soon as it is
 * operable). The initial phase still waits and sees it vanish by its timer.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfClosingBannerScanTest {
    private ScanEvidence evidence;

    @BeforeAll
    void scan(FixtureServer server) throws Exception {
        evidence = new FixtureScans(server)
                .scan(FixtureSite.IJSSALON_VENEZIA, 1, Phase.INITIAL, Phase.REJECT, Phase.ACCEPT);
    }

    private ConsentChoice choice(Phase phase) {
        return evidence.choices().stream()
                .filter(c -> c.phase() == phase)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAcceptPhaseClicksTheBannerBeforeItClosesItself() {
        assertThat(choice(Phase.ACCEPT).outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(evidence.bannerEvents(Phase.ACCEPT))
                .filteredOn(e -> e.kind() == BannerEventKind.DISAPPEARED)
                .first()
                .satisfies(e -> assertThat(e.removal()).isEqualTo(BannerRemoval.CLICK));
    }

    @Test
    void theRejectPhaseFindsTheBannerAndItsMissingRefusal() {
        ConsentChoice reject = choice(Phase.REJECT);

        assertThat(reject.outcome()).isNotEqualTo(ChoiceOutcome.NO_BANNER);
        assertThat(evidence.banners(Phase.REJECT)).anyMatch(b -> b.found());
    }

    @Test
    void theInitialPhaseStillSeesTheBannerVanishByItsTimer() {
        assertThat(evidence.bannerEvents(Phase.INITIAL))
                .filteredOn(e -> e.kind() == BannerEventKind.DISAPPEARED)
                .first()
                .satisfies(e -> assertThat(e.removal()).isEqualTo(BannerRemoval.TIMER));
    }
}
