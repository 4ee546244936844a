package nl.cookiekeur.reporting.view;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.compliance.ItemKind;

/** Finds the advice the assessment gave for an observed cookie, storage entry or third-party host. */
final class AdviceIndex {
    private final Map<String, ItemAdvice> byKey = new HashMap<>();
    private final List<ItemAdvice> trackers;

    AdviceIndex(List<ItemAdvice> items) {
        for (ItemAdvice item : items) {
            byKey.putIfAbsent(key(item.kind(), item.name(), item.where()), item);
        }
        trackers = items.stream().filter(i -> i.kind() == ItemKind.TRACKER).toList();
    }

    /** The advice for a cookie by name and domain (a leading dot and case in the domain do not matter). */
    Optional<ItemAdvice> cookie(String name, String domain) {
        return Optional.ofNullable(byKey.get(key(ItemKind.COOKIE, name, domain)));
    }

    /** The advice for a storage key of an origin. */
    Optional<ItemAdvice> storage(String key, String origin) {
        return Optional.ofNullable(byKey.get(key(ItemKind.STORAGE, key, origin)));
    }

    /** The advice for a requested host: the tracker named by the host, else one whose domain contains it. */
    Optional<ItemAdvice> tracker(String host) {
        Optional<ItemAdvice> exact =
                trackers.stream().filter(t -> normal(t.name()).equals(host)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return trackers.stream()
                .filter(t -> {
                    String where = normal(t.where());
                    return !where.isEmpty() && (host.equals(where) || host.endsWith("." + where));
                })
                .findFirst();
    }

    private static String key(ItemKind kind, String name, String where) {
        return kind.name() + "\u0000" + name + "\u0000" + normal(where);
    }

    private static String normal(String where) {
        String lower = where.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(".") ? lower.substring(1) : lower;
    }
}
