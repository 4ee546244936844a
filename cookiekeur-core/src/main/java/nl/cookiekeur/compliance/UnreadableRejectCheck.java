package nl.cookiekeur.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ControlRole;

/**
 * NL-CK-08: the reject control's text hardly stands out from its background: below 2:1 it is unreadable to
 * almost anyone (hoog); below 4.5:1 it fails WCAG AA (the {@code low} variant, laag). A ratio below 1
 * means the scanner could not measure it.
 */
final class UnreadableRejectCheck implements Check {
    static final double UNREADABLE = 2.0;
    static final double WCAG_AA = 4.5;

    @Override
    public CheckId id() {
        return CheckId.NL_CK_08;
    }

    @Override
    public List<String> variants() {
        return List.of("explanation.low");
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> found = context.banner();
        if (found.isEmpty()) {
            return CheckResult.passed();
        }
        BannerObservation banner = found.get();
        Optional<BannerControl> worst = banner.controls().stream()
                .filter(c -> c.role() == ControlRole.REJECT && c.contrastRatio() >= 1)
                .min(Comparator.comparingInt(BannerControl::layer)
                        .thenComparing(Comparator.comparingDouble(BannerControl::contrastRatio)));
        if (worst.isEmpty() || worst.get().contrastRatio() >= WCAG_AA) {
            return CheckResult.passed();
        }
        BannerControl reject = worst.get();
        boolean unreadable = reject.contrastRatio() < UNREADABLE;
        return CheckResult.of(new Hit(
                unreadable ? id().severity() : Severity.LAAG,
                Confidence.CERTAIN,
                banner.phase(),
                unreadable ? "" : "low",
                List.of(reject.text(), String.format(Locale.ROOT, "%.2f", reject.contrastRatio())),
                List.of(EvidenceRefs.control(banner, reject)),
                null));
    }
}
