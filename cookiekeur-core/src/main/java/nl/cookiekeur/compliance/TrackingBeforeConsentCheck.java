package nl.cookiekeur.compliance;

import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-01: cookies or storage that track (marketing, non-exempt analytics, session recording, lead
 * generation) are written on the first page before any choice. Items that appear only after navigating
 * (NL-CK-10) or on a deep entry page (NL-CK-27) are left to those checks; unknown items are not counted.
 */
final class TrackingBeforeConsentCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_01;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        if (!context.evidence().ran(Phase.INITIAL)) {
            return CheckResult.manual();
        }
        // with a banner, tracking that starts on a later page is consent assumed from navigation (NL-CK-10)
        boolean bannerShown = context.evidence().banners(Phase.INITIAL).stream().anyMatch(b -> b.found());
        List<ClassifiedItem> items = context.items(Phase.INITIAL).stream()
                .filter(ClassifiedItem::tracking)
                .filter(i -> switch (InitialTimeline.of(context, i)) {
                    case FIRST_PAGE -> true;
                    case LATER_PAGE -> !bannerShown;
                    case DEEP_ENTRY -> false;
                })
                .toList();
        return CheckResult.of(Hits.forItems(id(), Phase.INITIAL, items, ""));
    }
}
