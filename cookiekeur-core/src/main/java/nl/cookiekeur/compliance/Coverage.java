package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;

/**
 * What a scan saw and what it could not: per phase that was asked for, whether it ran and whether its start page
 * was inspected. The start page counts as not inspected when it answered with an HTTP error (400 or higher), did
 * not load, hung, crashed, kept redirecting or was larger than the size cap; a phase counts as not observed when
 * the scanner recorded that the time budget or a browser failure stopped it, or when the scan was cut short that
 * way and the phase has no page visit.
 *
 * @param gaps what could not be seen, in phase order
 */
public record Coverage(List<CoverageGap> gaps) {

    /** Problems on the start page that mean it was not (fully) inspected. */
    private static final Set<String> BLINDING_PROBLEMS =
            Set.of("timeout", "too-large", "crash", "unresponsive", "redirect-loop", "navigation");

    /** Problems that mean the scan as a whole was cut short: its time budget ran out or the browser failed. */
    private static final Set<String> CUT_SHORT = Set.of("budget", "browser");

    /** Problems that mean a whole phase was not run or was broken off. */
    private static final Set<String> PHASE_PROBLEMS =
            Set.of("problem.budget.phase", "problem.phase.aborted", "problem.phase.unfinished");

    public Coverage {
        gaps = List.copyOf(gaps);
    }

    /** The coverage of the evidence of one scan. */
    public static Coverage of(ScanEvidence evidence) {
        List<CoverageGap> gaps = new ArrayList<>();
        String startUrl = evidence.scan().startUrl();
        boolean cutShort = evidence.problems().stream().anyMatch(p -> CUT_SHORT.contains(p.kind()));
        for (Phase phase : evidence.scan().phases()) {
            Optional<ScanProblem> stopped = evidence.problems().stream()
                    .filter(p -> p.phase() == phase
                            && p.note() != null
                            && PHASE_PROBLEMS.contains(p.note().key()))
                    .findFirst();
            List<PageVisit> visits = evidence.visits(phase);
            if (stopped.isPresent()) {
                gaps.add(phaseGap(phase, startUrl, stopped.get()));
            } else if (visits.isEmpty() && cutShort) {
                gaps.add(CoverageGap.of(
                        phase, startUrl, ScanNote.of("gap.cause.novisit"), "gap.phase.unseen", phase.code()));
            }
            visits.stream()
                    .filter(v -> !v.deepEntry())
                    .min(Comparator.comparingInt(PageVisit::order))
                    .flatMap(start -> startGap(evidence, start))
                    .ifPresent(gaps::add);
        }
        return new Coverage(gaps);
    }

    /** Whether every phase asked for ran and every start page was inspected. */
    public boolean complete() {
        return gaps.isEmpty();
    }

    /** The phases that ran with at least one page visit whose start page was inspected. */
    public List<Phase> seen(ScanEvidence evidence) {
        return evidence.scan().phases().stream()
                .filter(p -> !evidence.visits(p).isEmpty())
                .filter(p -> gaps.stream().noneMatch(g -> g.phase() == p))
                .toList();
    }

    private static CoverageGap phaseGap(Phase phase, String startUrl, ScanProblem problem) {
        return CoverageGap.of(phase, startUrl, cause(problem), "gap.phase.stopped", phase.code());
    }

    private static Optional<CoverageGap> startGap(ScanEvidence evidence, PageVisit start) {
        Phase phase = start.phase();
        String url = start.url();
        if (start.status() >= 400) {
            return Optional.of(CoverageGap.of(
                    phase,
                    url,
                    ScanNote.of("gap.cause.status", start.status()),
                    "gap.start.unseen",
                    phase.code(),
                    url));
        }
        Optional<ScanProblem> blinding = evidence.problems().stream()
                .filter(p -> p.phase() == phase)
                .filter(p -> p.pageUrl().equals(url) || p.pageUrl().equals(start.finalUrl()))
                .filter(p -> BLINDING_PROBLEMS.contains(p.kind()))
                .findFirst();
        if (blinding.isPresent()) {
            return Optional.of(
                    CoverageGap.of(phase, url, cause(blinding.get()), "gap.start.unseen", phase.code(), url));
        }
        if (start.failed() || start.status() == 0) {
            ScanNote cause = start.failed() ? CoverageGap.said(start.error()) : ScanNote.of("gap.cause.unloaded");
            return Optional.of(CoverageGap.of(phase, url, cause, "gap.start.unseen", phase.code(), url));
        }
        return Optional.empty();
    }

    private static ScanNote cause(ScanProblem problem) {
        ScanNote note = problem.note();
        return note != null && note.known() ? note : CoverageGap.said(problem.message());
    }
}
