package nl.cookiekeur.compliance;

import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-10: without any click, tracking cookies or storage appeared only after the scanner went on to
 * another page: the site treats browsing on as consent. (Scrolling within the first page cannot be told
 * apart from loading in the evidence; tracking there is NL-CK-01.)
 */
final class NavigationConsentCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_10;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<ClassifiedItem> items = context.items(Phase.INITIAL).stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> InitialTimeline.of(context, i) == InitialTimeline.LATER_PAGE)
                .toList();
        return CheckResult.of(Hits.forItems(id(), Phase.INITIAL, items, ""));
    }
}
