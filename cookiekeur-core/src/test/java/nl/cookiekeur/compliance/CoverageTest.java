package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/** A scan that could not look is incomplete: its verdict is never an all-clear. */
class CoverageTest {
    private static final String START = "https://www.shop.nl/";

    private static PageVisit start(Phase phase, int status, String error) {
        return new PageVisit(phase, 1, START, START, "", "nl", status, false, Instant.EPOCH, 1_000, error);
    }

    /** Evidence of a scan of the two phases with these start visits and problems. */
    private static ScanEvidence scan(List<PageVisit> visits, ScanProblem... problems) {
        ScanEvidence base =
                EvidenceBuilder.site(START).phases(Phase.INITIAL, Phase.REJECT).build();
        List<PageVisit> all = new ArrayList<>(visits);
        return new ScanEvidence(
                base.scan(),
                all,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(problems));
    }

    private static Assessment assessed(ScanEvidence evidence) {
        return new Assessment(evidence, List.of(), List.of(), List.of(), List.of(), "test");
    }

    @Test
    void aStartPageThatAnsweredWithAnHttpErrorWasNotInspected() {
        ScanEvidence evidence = scan(List.of(start(Phase.INITIAL, 403, ""), start(Phase.REJECT, 200, "")));

        Assessment assessment = assessed(evidence);

        assertThat(assessment.complete()).isFalse();
        assertThat(assessment.coverage().gaps())
                .extracting(g -> g.text(Language.DUTCH))
                .containsExactly("de startpagina https://www.shop.nl/ is in fase initial niet bekeken:"
                        + " de server antwoordde met HTTP-status 403");
        assertThat(assessment.coverage().seen(evidence)).containsExactly(Phase.REJECT);
    }

    @Test
    void aHangingStartPageWasNotInspected() {
        ScanEvidence evidence = scan(List.of(
                start(Phase.INITIAL, 200, "unresponsive: de pagina reageert niet meer"), start(Phase.REJECT, 200, "")));

        assertThat(Coverage.of(evidence).gaps())
                .extracting(g -> g.text(Language.ENGLISH))
                .containsExactly("the start page https://www.shop.nl/ was not inspected in phase initial:"
                        + " unresponsive: de pagina reageert niet meer");
    }

    @Test
    void aStartPageCutOffAtTheSizeCapWasNotInspected() {
        ScanEvidence evidence = scan(
                List.of(start(Phase.INITIAL, 200, ""), start(Phase.REJECT, 200, "")),
                ScanProblem.of(Phase.REJECT, START, "too-large", ScanNote.of("problem.too-large", 10_485_760, START)));

        assertThat(Coverage.of(evidence).gaps())
                .singleElement()
                .satisfies(gap -> assertThat(gap.phase()).isEqualTo(Phase.REJECT))
                .satisfies(gap -> assertThat(gap.text(Language.ENGLISH))
                        .isEqualTo("the start page https://www.shop.nl/ was not inspected in phase reject:"
                                + " document larger than 10485760 bytes, loading stopped: https://www.shop.nl/"));
    }

    @Test
    void aPhaseTheBudgetStoppedWasNotObserved() {
        ScanEvidence evidence = scan(
                List.of(start(Phase.INITIAL, 200, "")),
                ScanProblem.of(Phase.REJECT, START, "budget", ScanNote.of("problem.budget.phase")));

        Coverage coverage = Coverage.of(evidence);

        assertThat(coverage.gaps())
                .extracting(g -> g.text(Language.DUTCH))
                .containsExactly("fase reject is niet (helemaal) bekeken: fase niet uitgevoerd: tijdsbudget op" + "");
        assertThat(coverage.seen(evidence)).containsExactly(Phase.INITIAL);
    }

    @Test
    void aScanThatSawEveryStartPageIsComplete() {
        ScanEvidence evidence = EvidenceBuilder.site(START)
                .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730))
                .build();

        assertThat(assessed(evidence).complete()).isTrue();
        assertThat(Coverage.of(evidence).gaps()).isEmpty();
    }
}
