package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;

/**
 * NL-CK-30: no layer offers a choice per purpose: there are no switches the visitor can change, and either
 * the settings layer was opened or there is none. When a settings control exists but could not be opened, a
 * person must look.
 */
final class GranularityCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_30;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        boolean choosable = context.evidence().banners().stream()
                .flatMap(b -> b.toggles().stream())
                .anyMatch(t -> !t.disabled());
        if (choosable) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        boolean opened = context.evidence().banners().stream().anyMatch(BannerObservation::settingsLayerOpened);
        boolean hasSettings = !Controls.of(banner, 1, ControlRole.SETTINGS).isEmpty();
        if (hasSettings && !opened) {
            return CheckResult.manual();
        }
        return CheckResult.of(Hits.hit(
                id(), Confidence.LIKELY, banner.phase(), List.of(), List.of(EvidenceRefs.banner(banner)), null));
    }
}
