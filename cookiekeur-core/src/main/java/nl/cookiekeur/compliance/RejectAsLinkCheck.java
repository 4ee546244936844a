package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;

/**
 * NL-CK-06: the only way to refuse on the first layer is a link inside running text, or a control outside the
 * banner's box.
 */
final class RejectAsLinkCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_06;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.outside");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        List<BannerControl> rejects = Controls.of(banner, 1, ControlRole.REJECT);
        if (rejects.isEmpty() || rejects.stream().anyMatch(c -> !c.inlineLink() && c.insideBanner())) {
            return CheckResult.passed();
        }
        BannerControl reject = rejects.get(0);
        boolean outside = rejects.stream().allMatch(c -> !c.insideBanner());
        return CheckResult.of(new Hit(
                id().severity(),
                Confidence.CERTAIN,
                banner.phase(),
                outside ? "outside" : "",
                List.of(reject.text()),
                List.of(EvidenceRefs.control(banner, reject)),
                null));
    }
}
