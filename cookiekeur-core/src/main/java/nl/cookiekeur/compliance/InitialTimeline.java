package nl.cookiekeur.compliance;

import java.util.Optional;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;

/**
 * Where in the first phase (no click at all) an item first appeared: on the first page, on a later page the
 * scanner navigated to, or on a page entered directly (deep entry).
 */
enum InitialTimeline {
    FIRST_PAGE,
    LATER_PAGE,
    DEEP_ENTRY;

    /** Where the item first appeared; items whose page matches no visit count as the first page. */
    static InitialTimeline of(AssessmentContext context, ClassifiedItem item) {
        Optional<PageVisit> visit = context.visitOf(Phase.INITIAL, item.pageUrl());
        if (visit.isEmpty()) {
            return FIRST_PAGE;
        }
        if (visit.get().deepEntry()) {
            return DEEP_ENTRY;
        }
        int first = context.visits(Phase.INITIAL).stream()
                .mapToInt(PageVisit::order)
                .min()
                .orElse(visit.get().order());
        return visit.get().order() == first ? FIRST_PAGE : LATER_PAGE;
    }
}
