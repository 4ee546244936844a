package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import org.junit.jupiter.api.Test;

class EvidenceMergeTest {
    private static final String SITE = "https://www.webwinkel.nl/";
    private static final Instant T0 = Instant.parse("2026-11-22T20:41:00Z");
    private static final ScanInfo INFO = new ScanInfo(
            ScanEvidence.FORMAT_VERSION,
            SITE,
            T0,
            T0.plusSeconds(9),
            "0.1.0",
            "Chromium",
            "UA",
            "1366x768",
            List.of(Phase.INITIAL, Phase.REJECT),
            2);

    @Test
    void recordsArePutTogetherInPhaseOrderWithTheDeepEntryAfterTheStartPage() {
        PhaseRecord reject = record(Phase.REJECT, false, "reject");
        PhaseRecord deep = record(Phase.INITIAL, true, "deep");
        PhaseRecord initial = record(Phase.INITIAL, false, "start");
        ScanProblem late = new ScanProblem(Phase.REJECT, SITE, "budget", "te laat");

        ScanEvidence evidence = EvidenceMerge.merge(INFO, List.of(reject, deep, initial), List.of(late));

        assertThat(evidence.visits())
                .extracting(PageVisit::phase, PageVisit::order, PageVisit::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Phase.INITIAL, 1, "start"),
                        org.assertj.core.groups.Tuple.tuple(Phase.INITIAL, 2, "deep"),
                        org.assertj.core.groups.Tuple.tuple(Phase.REJECT, 1, "reject"));
        assertThat(evidence.cookies())
                .as("the initial-phase cookie seen in both profiles is kept once")
                .extracting(ObservedCookie::phase)
                .containsExactly(Phase.INITIAL, Phase.REJECT);
        assertThat(evidence.statements()).extracting(PolicyText::title).containsExactly("start", "deep", "reject");
        assertThat(evidence.problems())
                .extracting(ScanProblem::message)
                .containsExactly(
                        "fase afgebroken: start", "fase afgebroken: deep", "fase afgebroken: reject", "te laat");
        assertThat(evidence.records().keySet()).containsExactlyElementsOf(RecordKinds.ALL);
    }

    private static PhaseRecord record(Phase phase, boolean deepEntry, String label) {
        PhaseRecord record = new PhaseRecord(phase);
        record.visits.add(new PageVisit(phase, 1, SITE, SITE, label, "nl", 200, deepEntry, T0, 10, ""));
        record.cookies.add(new ObservedCookie(
                phase,
                SITE,
                "_ga",
                ".webwinkel.nl",
                "/",
                "GA1",
                null,
                10,
                false,
                false,
                true,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                null,
                T0,
                false));
        record.list(RecordKinds.STATEMENTS).add(new PolicyText(SITE, SITE, "cookie", label, "", List.of()));
        record.problem(SITE, "timeout", ScanNote.of("problem.phase.aborted", label));
        return record;
    }
}
