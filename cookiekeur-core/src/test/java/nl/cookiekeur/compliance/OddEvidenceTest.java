package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.law.Advisor;
import org.junit.jupiter.api.Test;

/** The assessor never throws for odd evidence and says what it could not decide. */
class OddEvidenceTest {

    @Test
    void emptyEvidenceOfNoPhaseGivesNoFindingAndAsksForTheMissingPhases() {
        ScanEvidence evidence = EvidenceBuilder.site("not a url").phases().build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.manualChecks())
                .extracting(ManualCheck::checkId)
                .contains("NL-CK-01", "NL-CK-02", "NL-CK-03");
        assertThat(assessment.rulesVersion()).isEqualTo("2026.12-1");
    }

    @Test
    void hostileAndMalformedValuesAreJudgedWithoutThrowing() {
        Instant now = EvidenceBuilder.T0;
        ObservedCookie blank = new ObservedCookie(
                Phase.INITIAL,
                "::::",
                " ",
                "",
                "",
                "",
                now.minus(Duration.ofDays(1)),
                0,
                false,
                true,
                false,
                SameSite.NONE,
                null,
                CookieSource.UNKNOWN,
                "http://[broken",
                now,
                false);
        ScanEvidence evidence = EvidenceBuilder.site("https://www.shop.nl/")
                .cookie(blank)
                .cookie(Phase.INITIAL, "<script>alert(1)</script>", ".shop.nl", Duration.ofDays(9_000))
                .storage(Phase.INITIAL, StorageKind.INDEXED_DB, "null", "", "javascript:alert(1)")
                .request(Phase.INITIAL, "%%%", "ping", true, Map.of("gclid", ""), Map.of("gcs", "G1"))
                .fingerprint(Phase.INITIAL, FingerprintTechnique.CANVAS, "::", "")
                .banner(Phase.INITIAL)
                .control(new BannerControl(
                        1, ControlRole.REJECT, "", "", "", -1, Double.NaN, "", "", Double.NaN, 0, 0, true, false))
                .text("", "")
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 7, -1)
                .statement("::", "cookie", "", "\t\t", "Naam\tBewaartermijn", "\t1 jaar", "x\t99999999999 jaar")
                .build();

        AssessmentContext context = new AssessmentContext(
                evidence,
                Judge.KNOWLEDGE,
                Judge.KNOWLEDGE,
                new CookieAdvisor(new Advisor(Judge.TREE)),
                nl.cookiekeur.facts.SiteFacts.none());
        for (Check check : CheckCatalogue.all()) {
            assertThatCode(() -> check.run(context)).as(check.id().id()).doesNotThrowAnyException();
        }
        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.items()).isNotEmpty();
        assertThat(assessment.findings()).allSatisfy(f -> {
            assertThat(f.title().dutch()).isNotBlank();
            assertThat(f.title().english()).isNotBlank();
            assertThat(f.citations()).isNotEmpty();
        });
    }

    @Test
    void evidenceIsKeptAndFindingsSortedMostSevereFirst() {
        ScanEvidence evidence = EvidenceBuilder.site("https://www.shop.nl/")
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(false, true)
                .done()
                .screenshot(Phase.INITIAL, "banner", "screenshots/initial-1-banner.png")
                .build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.evidence()).isSameAs(evidence);
        List<Severity> severities =
                assessment.findings().stream().map(Finding::severity).toList();
        assertThat(severities).isSorted();
        assertThat(assessment.findings().get(0).evidence().get(0).screenshot())
                .isEqualTo("screenshots/initial-1-banner.png");
    }
}
