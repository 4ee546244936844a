package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerObservation;

/**
 * NL-CK-17: the first layer does not say for what purposes ({@code purposes} variant), or who processes
 * ({@code parties} variant), or neither (main text). The scanner reads this from the wording, so the
 * finding is likely rather than certain.
 */
final class FirstLayerInformationCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_17;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.purposes", "explanation.parties");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        if (banner.declaresPurposes() && banner.declaresParties()) {
            return CheckResult.passed();
        }
        String variant = banner.declaresParties() ? "purposes" : banner.declaresPurposes() ? "parties" : "";
        return CheckResult.of(new Hit(
                id().severity(),
                Confidence.LIKELY,
                banner.phase(),
                variant,
                List.of(),
                List.of(EvidenceRefs.banner(banner)),
                null));
    }
}
