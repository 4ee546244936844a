package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.classification.PaymentProviders;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.Phase;

/**
 * NL-CK-34: a chat or support widget keeps persistent identifiers (cookies living longer than a day, or
 * localStorage) before the visitor opened the chat. Which widget wrote them is inferred from the setter
 * script or the item's vendor, so the finding is likely.
 */
final class ProactiveChatCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_34;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        List<ClassifiedItem> items = Hits.dedup(context.items(Phase.INITIAL)).stream()
                .filter(i -> i.family() == null)
                .filter(ProactiveChatCheck::chat)
                .filter(ProactiveChatCheck::persistent)
                .toList();
        if (items.isEmpty()) {
            return CheckResult.passed();
        }
        return CheckResult.of(Hits.hit(
                id(),
                Confidence.LIKELY,
                Phase.INITIAL,
                List.of(
                        Integer.toString(items.size()),
                        Hits.names(items.stream().map(ClassifiedItem::name).toList())),
                items.stream().map(ClassifiedItem::ref).toList(),
                null));
    }

    private static boolean chat(ClassifiedItem item) {
        Tracker setter = switch (item) {
            case ClassifiedCookie cookie -> cookie.setter();
            case ClassifiedStorage storage -> storage.setter();
        };
        if (setter == null && item.classification().vendor() != null) {
            return false;
        }
        // WhoTracks.me files payment providers (Stripe, PayPal) under customer interaction too; they are no chat
        return setter != null
                && setter.kind() == TrackerKind.CUSTOMER_INTERACTION
                && !PaymentProviders.covers(setter.name())
                && !PaymentProviders.covers(item.classification().vendor());
    }

    private static boolean persistent(ClassifiedItem item) {
        return switch (item) {
            case ClassifiedCookie cookie -> {
                Duration lifetime = cookie.cookie().lifetime();
                yield lifetime != null && lifetime.compareTo(Duration.ofDays(1)) > 0;
            }
            case ClassifiedStorage storage -> storage.entry().kind() != StorageKind.SESSION_STORAGE;
        };
    }
}
