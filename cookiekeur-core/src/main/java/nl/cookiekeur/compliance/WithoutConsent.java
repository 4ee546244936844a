package nl.cookiekeur.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.Phase;

/**
 * What happened without consent: everything in the first phase, plus what came after a refusal. Shared by
 * the checks that look at both.
 */
final class WithoutConsent {
    private WithoutConsent() {}

    /** The requests to known tracker hosts before any choice and after a refusal (all of them, not only tracking). */
    static List<TrackedRequest> requests(AssessmentContext context) {
        List<TrackedRequest> requests = new ArrayList<>(context.trackedRequests(Phase.INITIAL));
        if (context.choiceMade(Phase.REJECT)) {
            Instant cutoff = context.afterChoice(Phase.REJECT);
            context.trackedRequests(Phase.REJECT).stream()
                    .filter(r -> cutoff == null || !r.request().at().isBefore(cutoff))
                    .forEach(requests::add);
        }
        return requests;
    }

    /** The cookies and storage entries before any choice and after a refusal, each once. */
    static List<ClassifiedItem> items(AssessmentContext context) {
        List<ClassifiedItem> items = new ArrayList<>(context.items(Phase.INITIAL));
        if (context.choiceMade(Phase.REJECT)) {
            items.addAll(context.items(Phase.REJECT));
        }
        return Hits.dedup(items);
    }
}
