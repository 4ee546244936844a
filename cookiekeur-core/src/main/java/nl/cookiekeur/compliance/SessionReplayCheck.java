package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;

/**
 * NL-CK-22: a session-recording or heatmap service (Hotjar, Clarity, FullStory, Contentsquare, Mouseflow, …)
 * loads, or writes its cookies or storage, before any choice or after a refusal. A script no list names that
 * observes the whole document and uploads batches ({@link BehaviourKind#SESSION_RECORDING}) before any choice
 * is a {@link Confidence#LIKELY} hit ({@code behaviour} variant) naming the script and where it uploads.
 */
final class SessionReplayCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_22;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<Hit> hits = new ArrayList<>();
        List<ScriptBehaviour> recorders = Behaviours.of(context, Phase.INITIAL, BehaviourKind.SESSION_RECORDING);
        int uploads = recorders.stream().mapToInt(ScriptBehaviour::count).sum();
        hits.addAll(Behaviours.hit(
                id(),
                Phase.INITIAL,
                recorders,
                List.of(Behaviours.scripts(recorders), Behaviours.targets(recorders), Integer.toString(uploads))));
        hits.addAll(hits(
                Phase.INITIAL,
                context.items(Phase.INITIAL),
                context.trackedRequests(Phase.INITIAL),
                Confidence.CERTAIN));
        if (context.choiceMade(Phase.REJECT)) {
            Confidence confidence = AfterChoice.exact(context, Phase.REJECT) ? Confidence.CERTAIN : Confidence.LIKELY;
            hits.addAll(hits(
                    Phase.REJECT,
                    AfterChoice.trackingItems(context, Phase.REJECT),
                    AfterChoice.trackingRequests(context, Phase.REJECT),
                    confidence));
        }
        return CheckResult.of(hits);
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.behaviour");
    }

    private List<Hit> hits(
            Phase phase, List<ClassifiedItem> items, List<TrackedRequest> requests, Confidence confidence) {
        Set<String> vendors = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (TrackedRequest request : requests) {
            if (request.family() == VendorFamily.SESSION_REPLAY
                    && vendors.add(request.tracker().name())) {
                refs.add(request.ref());
            }
        }
        for (ClassifiedItem item : Hits.dedup(items)) {
            if (item.family() == VendorFamily.SESSION_REPLAY) {
                String vendor = item.classification().vendor();
                vendors.add(vendor == null ? item.name() : vendor);
                refs.add(item.ref());
            }
        }
        if (refs.isEmpty()) {
            return List.of();
        }
        return List.of(Hits.hit(id(), confidence, phase, List.of(Hits.names(vendors)), refs, null));
    }
}
