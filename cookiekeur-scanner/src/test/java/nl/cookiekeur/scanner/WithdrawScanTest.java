package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.Test;

/**
 * The withdraw phase on a site whose persistent icon reopens the choice and deletes the analytics cookies: on its
 * own, and continued on the page the accept phase left ({@link ScanLevers#withdrawOnAcceptedPage()}), which must
 * judge the same with one page load less.
 */
@FixtureSites
class WithdrawScanTest {

    @Test
    void cookiesSetAfterAcceptingAreMarkedRemovedAfterWithdrawing(FixtureServer server) throws Exception {
        ScanEvidence evidence = new FixtureScans(server).scan(FixtureSite.KINDEROPVANG_ZONNESTRAAL, 1, Phase.WITHDRAW);
        assertThat(evidence.choices()).hasSize(1);
        ConsentChoice choice = evidence.choices().getFirst();
        assertThat(choice.phase()).isEqualTo(Phase.WITHDRAW);
        assertThat(choice.outcome()).as(choice.note()).isEqualTo(ChoiceOutcome.MADE);
        ObservedCookie ga = evidence.cookies(Phase.WITHDRAW).stream()
                .filter(c -> c.name().equals("_ga"))
                .findFirst()
                .orElseThrow();
        assertThat(ga.removed()).isTrue();
        // after withdrawing only cookieless Consent Mode pings (analytics storage denied) are sent
        assertThat(evidence.requests(Phase.WITHDRAW).stream()
                        .filter(r -> r.url().startsWith("https://region1.google-analytics.com/g/collect"))
                        .map(r -> r.consentMode().get("gcs"))
                        .toList())
                .contains("G101", "G100");
    }

    @Test
    void withdrawingOnTheAcceptedPageSeesWhatAFreshProfileSeesWithOneLoadLess(FixtureServer server) throws Exception {
        ScanEvidence continued = acceptThenWithdraw(server, ScanLevers.defaults());
        ScanEvidence fresh = acceptThenWithdraw(server, ScanLevers.defaults().withdrawingInFreshProfile());

        for (ScanEvidence evidence : java.util.List.of(continued, fresh)) {
            assertThat(evidence.choices())
                    .extracting(ConsentChoice::phase, ConsentChoice::outcome)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Phase.ACCEPT, ChoiceOutcome.MADE),
                            org.assertj.core.groups.Tuple.tuple(Phase.WITHDRAW, ChoiceOutcome.MADE));
            assertThat(evidence.cookies(Phase.WITHDRAW))
                    .filteredOn(c -> c.name().startsWith("_ga"))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.removed()).as(c.name()).isTrue());
            assertThat(evidence.requests(Phase.WITHDRAW).stream()
                            .filter(r -> r.url().startsWith("https://region1.google-analytics.com/g/collect"))
                            .map(r -> r.consentMode().get("gcs"))
                            .toList())
                    .contains("G100")
                    .doesNotContain("G111");
        }
        assertThat(names(continued)).isEqualTo(names(fresh));
        // The continued phase's page before the withdrawal was the accept phase's: its reload is its visit 2, where
        // the observation after the choice starts, as in a fresh profile.
        assertThat(continued.visits(Phase.WITHDRAW))
                .extracting(nl.cookiekeur.evidence.PageVisit::order)
                .containsExactly(2);
        assertThat(fresh.visits(Phase.WITHDRAW))
                .extracting(nl.cookiekeur.evidence.PageVisit::order)
                .containsExactly(1, 2);
    }

    private static ScanEvidence acceptThenWithdraw(FixtureServer server, ScanLevers levers) throws Exception {
        return PlaywrightSiteScanner.chromium(levers)
                .scan(
                        new FixtureScans(server)
                                .request(
                                        FixtureSite.KINDEROPVANG_ZONNESTRAAL,
                                        1,
                                        FixtureScans.folder(),
                                        Phase.ACCEPT,
                                        Phase.WITHDRAW),
                        nl.cookiekeur.scan.ScanProgress.silent());
    }

    private static java.util.Set<String> names(ScanEvidence evidence) {
        return evidence.cookies(Phase.WITHDRAW).stream()
                .map(c -> c.name() + (c.removed() ? " (removed)" : ""))
                .collect(java.util.stream.Collectors.toSet());
    }
}
