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

/** The withdraw phase on a site whose persistent icon reopens the choice and deletes the analytics cookies. */
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
}
