package nl.cookiekeur.cookie;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A key written to web storage or IndexedDB on a site; the Open Cookie Database describes these next to
 * cookies.
 *
 * @param kind the storage area
 * @param key the key (database name for IndexedDB)
 * @param origin the origin that owns the storage area
 * @param site the page on which it was observed
 * @param setterScript the script that wrote it, {@code null} when unknown
 */
public record StorageKey(
        StorageKind kind,
        String key,
        URI origin,
        URI site,
        @Nullable URI setterScript) {
    public StorageKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(site, "site");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
    }
}
