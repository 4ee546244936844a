package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerEventKind;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-11: the banner blocks the page and refusing does not give access: there is no control to refuse,
 * or the page is still blocked after refusing. The page counts as blocked when the banner probe's hit-test says
 * so or when the banner watcher saw it locked by behaviour ({@link BannerEvent#locksPage()}); a locked page with
 * a working refusal is not a wall.
 */
final class CookieWallCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_11;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Optional<BannerObservation> banner = context.banner();
        if (banner.isEmpty() || !walled(context, banner.get())) {
            return CheckResult.passed();
        }
        if (!context.evidence().ran(Phase.REJECT)
                || context.choice(Phase.REJECT).isEmpty()) {
            return CheckResult.manual();
        }
        List<EvidenceRef> refs = wall(context);
        if (refs.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(id(), Confidence.CERTAIN, Phase.REJECT, List.of(), refs, null));
    }

    /**
     * Whether the banner locks the page: the banner probe's hit-test said so, or the banner watcher saw the page
     * behave as locked while a banner showed before any choice (overlay over the content plus scroll lock,
     * {@code inert} or {@code pointer-events: none}).
     */
    static boolean walled(AssessmentContext context, BannerObservation banner) {
        return banner.blocksPage() || lockingEvent(context).isPresent();
    }

    private static Optional<BannerEvent> lockingEvent(AssessmentContext context) {
        return context.evidence().bannerEvents().stream()
                .filter(e -> e.phase() == Phase.INITIAL || e.phase() == Phase.REJECT)
                .filter(e -> e.kind() == BannerEventKind.APPEARED && e.locksPage())
                .findFirst();
    }

    /** The evidence of a cookie wall, empty when the evidence shows none. */
    static List<EvidenceRef> wall(AssessmentContext context) {
        Optional<BannerObservation> banner = context.banner();
        Optional<ConsentChoice> reject = context.choice(Phase.REJECT);
        if (banner.isEmpty() || !walled(context, banner.get()) || reject.isEmpty()) {
            return List.of();
        }
        List<EvidenceRef> refs = new ArrayList<>();
        refs.add(EvidenceRefs.banner(banner.get()));
        lockingEvent(context).ifPresent(e -> refs.add(EvidenceRefs.bannerEvent(e)));
        ChoiceOutcome outcome = reject.get().outcome();
        if (outcome == ChoiceOutcome.NO_CONTROL) {
            refs.add(EvidenceRefs.choice(reject.get()));
            return refs;
        }
        if (outcome == ChoiceOutcome.MADE) {
            List<BannerObservation> after = context.evidence().banners(Phase.REJECT).stream()
                    .filter(b -> b.found() && b.blocksPage())
                    .filter(b -> context.visitOf(Phase.REJECT, b.pageUrl())
                            .map(v -> v.order() > 1)
                            .orElse(false))
                    .toList();
            if (!after.isEmpty()) {
                refs.add(EvidenceRefs.choice(reject.get()));
                refs.add(EvidenceRefs.banner(after.get(0)));
                return refs;
            }
        }
        return List.of();
    }
}
