package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-31 (info): after accepting or refusing, nothing shows that the choice was recorded: no consent
 * signal, no consent cookie or storage key, and no request to the consent platform. Only partly observable:
 * a server-side record leaves no trace, so a person must ask for the records.
 */
final class ConsentRecordCheck implements Check {
    private static final List<String> CONSENT_NAMES = List.of(
            "consent",
            "cc_cookie",
            "optanon",
            "cookielaw",
            "cookiefirst",
            "cmp",
            "klaro",
            "borlabs",
            "cookie_notice",
            "cookieyes",
            "complianz",
            "moove_gdpr",
            "tarteaucitron",
            "didomi",
            "usercentrics",
            "uc_settings");

    @Override
    public CheckId id() {
        return CheckId.NL_CK_31;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<Phase> chosen = new ArrayList<>();
        for (Phase phase : List.of(Phase.ACCEPT, Phase.REJECT)) {
            if (context.choiceMade(phase)) {
                chosen.add(phase);
            }
        }
        if (chosen.isEmpty()) {
            return CheckResult.passed();
        }
        for (Phase phase : chosen) {
            boolean signal = context.evidence().consentSignals().stream().anyMatch(s -> s.phase() == phase);
            boolean stored = context.items(phase).stream().anyMatch(i -> consentName(i.name()));
            boolean reported = context.trackedRequests(phase).stream()
                    .anyMatch(r -> r.tracker().kind() == TrackerKind.CONSENT);
            if (signal || stored || reported) {
                return CheckResult.passed();
            }
        }
        List<EvidenceRef> refs = new ArrayList<>();
        chosen.forEach(p -> context.choice(p).ifPresent(c -> refs.add(EvidenceRefs.choice(c))));
        return CheckResult.of(Hits.hit(id(), Confidence.NEEDS_REVIEW, null, List.of(), refs, null));
    }

    static boolean consentName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return CONSENT_NAMES.stream().anyMatch(lower::contains);
    }
}
