package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.law.Advisor;
import org.junit.jupiter.api.Test;

/** A check that throws is an error of the assessment, never a silent pass or a manual review. */
class CheckErrorTest {

    private static Assessor withFailing(CheckId failing) {
        List<Check> checks = FailingCheck.catalogueWith(failing, "index 3 out of bounds\nat line 2");
        return new Assessor(
                Judge.KNOWLEDGE,
                Judge.KNOWLEDGE,
                new CookieAdvisor(new Advisor(Judge.TREE)),
                Judge.TREE.citations(),
                checks);
    }

    @Test
    void aThrowingCheckIsRecordedWithItsIdTitleAndReasonAndMakesTheAssessmentIncomplete() {
        ScanEvidence evidence = EvidenceBuilder.site("https://www.shop.nl/").build();

        Assessment assessment = withFailing(CheckId.NL_CK_01).assess(evidence);

        assertThat(assessment.complete()).isFalse();
        assertThat(assessment.checkErrors()).singleElement().satisfies(error -> {
            assertThat(error.checkId()).isEqualTo("NL-CK-01");
            assertThat(error.reason()).isEqualTo("IllegalStateException: index 3 out of bounds");
            assertThat(error.title().dutch()).isNotBlank();
            assertThat(error.title().english()).isNotBlank();
        });
        assertThat(assessment.manualChecks()).extracting(ManualCheck::checkId).doesNotContain("NL-CK-01");
        assertThat(assessment.findings()).extracting(Finding::checkId).doesNotContain("NL-CK-01");
    }

    @Test
    void everyShippedCheckRunsOnOrdinaryEvidenceSoTheAssessmentIsComplete() {
        ScanEvidence evidence = EvidenceBuilder.site("https://www.shop.nl/").build();

        assertThat(Judge.ASSESSOR.assess(evidence).checkErrors()).isEmpty();
    }

    @Test
    void theTestHelperRefusesAnAssessmentWithAFailedCheck() {
        Assessment incomplete = withFailing(CheckId.NL_CK_05)
                .assess(EvidenceBuilder.site("https://www.shop.nl/").build());

        assertThatThrownBy(() -> Judge.complete(incomplete))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NL-CK-05")
                .hasMessageContaining("IllegalStateException");
    }

    @Test
    void theReasonIsTheClassWhenThereIsNoMessageAndIsBounded() {
        assertThat(CheckError.reason(new NullPointerException())).isEqualTo("NullPointerException");
        assertThat(CheckError.reason(new IllegalArgumentException("x".repeat(1_000))))
                .hasSize(300)
                .startsWith("IllegalArgumentException: xxx")
                .endsWith("…");
    }
}
