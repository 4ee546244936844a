package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-23: scripts read canvas, WebGL, audio or font fingerprints, or collect many device properties, before
 * any choice or after a refusal. A canvas read back as a lossy image (JPEG, WebP), as photo editors and
 * image uploaders do, is not counted; collecting device properties alone, or fingerprinting by a known
 * security or consent service, gives a finding that needs review rather than a certain one.
 */
final class FingerprintingCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_23;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<Hit> hits = new ArrayList<>();
        List<FingerprintCall> initial = counted(context.evidence().fingerprinting(Phase.INITIAL));
        hits.addAll(hits(context, Phase.INITIAL, initial));
        if (context.choiceMade(Phase.REJECT)) {
            Set<String> seen = new LinkedHashSet<>();
            initial.forEach(c -> seen.add(key(c)));
            List<FingerprintCall> afterRefusal = counted(context.evidence().fingerprinting(Phase.REJECT)).stream()
                    .filter(c -> !seen.contains(key(c)))
                    .toList();
            hits.addAll(hits(context, Phase.REJECT, afterRefusal));
        }
        return CheckResult.of(hits);
    }

    /** The calls that count as fingerprinting. */
    static List<FingerprintCall> counted(List<FingerprintCall> calls) {
        return calls.stream().filter(c -> !lossyCanvasRead(c)).toList();
    }

    /** A canvas read back only as JPEG or WebP: image processing, not a fingerprint. */
    static boolean lossyCanvasRead(FingerprintCall call) {
        if (call.technique() != FingerprintTechnique.CANVAS) {
            return false;
        }
        String detail = call.detail().toLowerCase(Locale.ROOT);
        boolean lossy = detail.contains("image/jpeg") || detail.contains("image/jpg") || detail.contains("image/webp");
        boolean lossless = detail.contains("image/png")
                || detail.contains("getimagedata")
                || detail.contains("todataurl()")
                || detail.contains("toblob()");
        return lossy && !lossless;
    }

    private List<Hit> hits(AssessmentContext context, Phase phase, List<FingerprintCall> calls) {
        List<EvidenceRef> certain = new ArrayList<>();
        List<EvidenceRef> review = new ArrayList<>();
        Set<String> certainTechniques = new LinkedHashSet<>();
        Set<String> reviewTechniques = new LinkedHashSet<>();
        for (FingerprintCall call : calls) {
            Tracker tracker = context.trackerOfUrl(call.script());
            boolean security = tracker != null
                    && (tracker.category() == Category.NECESSARY || tracker.kind() == TrackerKind.ESSENTIAL);
            boolean weak = call.technique() == FingerprintTechnique.DEVICE_PROPERTIES || security;
            (weak ? review : certain).add(EvidenceRefs.fingerprint(call));
            (weak ? reviewTechniques : certainTechniques)
                    .add(call.technique().name().toLowerCase(Locale.ROOT));
        }
        List<Hit> hits = new ArrayList<>();
        if (!certain.isEmpty()) {
            hits.add(Hits.hit(id(), Confidence.CERTAIN, phase, List.of(Hits.names(certainTechniques)), certain, null));
        }
        if (!review.isEmpty()) {
            hits.add(Hits.hit(
                    id(), Confidence.NEEDS_REVIEW, phase, List.of(Hits.names(reviewTechniques)), review, null));
        }
        return hits;
    }

    private static String key(FingerprintCall call) {
        return call.technique() + "\u0000" + call.script();
    }
}
