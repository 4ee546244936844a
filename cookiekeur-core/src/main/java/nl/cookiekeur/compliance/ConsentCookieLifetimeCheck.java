package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ConsentSignalKind;

/**
 * NL-CK-35: the cookie that keeps the consent choice expires more than 13 months (395 days) out. A
 * benchmark from French practice, not Dutch law. The consent cookie is the one the consent signals name, or
 * one with a well-known consent-platform name.
 */
final class ConsentCookieLifetimeCheck implements Check {
    static final Duration THIRTEEN_MONTHS = Duration.ofDays(395);

    @Override
    public CheckId id() {
        return CheckId.NL_CK_35;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        Set<String> consentNames = new LinkedHashSet<>();
        for (ConsentSignal signal : context.evidence().consentSignals()) {
            if (signal.kind() == ConsentSignalKind.CMP_STORAGE) {
                consentNames.add(signal.source());
            }
        }
        ClassifiedCookie longest = null;
        for (ClassifiedCookie cookie : context.cookies()) {
            boolean consent = consentNames.contains(cookie.name()) || ConsentRecordCheck.consentName(cookie.name());
            Duration lifetime = cookie.cookie().lifetime();
            if (consent && lifetime != null && lifetime.compareTo(THIRTEEN_MONTHS) > 0) {
                Duration best = longest == null ? null : longest.cookie().lifetime();
                if (best == null || lifetime.compareTo(best) > 0) {
                    longest = cookie;
                }
            }
        }
        if (longest == null) {
            return CheckResult.passed();
        }
        Duration lifetime = longest.cookie().lifetime();
        long days = lifetime == null ? 0 : lifetime.toDays();
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.CERTAIN,
                longest.phase(),
                List.of(longest.name(), Long.toString(days)),
                List.of(longest.ref()),
                null));
    }
}
