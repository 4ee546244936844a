package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-04: the first layer offers accepting but no refusing ("alleen noodzakelijk" counts as refusing).
 * When the scanner found no way to refuse on any layer, the {@code nowhere} variant says so.
 */
final class RejectOnFirstLayerCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_04;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.nowhere");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        Optional<BannerControl> accept = Controls.main(banner, 1, ControlRole.ACCEPT);
        if (accept.isEmpty() || !Controls.of(banner, 1, ControlRole.REJECT).isEmpty()) {
            return CheckResult.passed();
        }
        List<EvidenceRef> refs = new ArrayList<>();
        refs.add(EvidenceRefs.banner(banner));
        refs.add(EvidenceRefs.control(banner, accept.get()));
        Optional<ConsentChoice> reject = context.choice(Phase.REJECT);
        reject.ifPresent(c -> refs.add(EvidenceRefs.choice(c)));
        boolean nowhere =
                reject.map(c -> c.outcome() == ChoiceOutcome.NO_CONTROL).orElse(false)
                        && Controls.of(banner, 2, ControlRole.REJECT).isEmpty();
        boolean confirmed = nowhere
                || reject.map(c -> c.outcome() == ChoiceOutcome.MADE && c.layer() >= 2)
                        .orElse(false)
                || !Controls.of(banner, 2, ControlRole.REJECT).isEmpty();
        return CheckResult.of(new Hit(
                id().severity(),
                confirmed ? Confidence.CERTAIN : Confidence.LIKELY,
                banner.phase(),
                nowhere ? "nowhere" : "",
                List.of(accept.get().text()),
                refs,
                null));
    }
}
