package nl.cookiekeur.evidence;

import java.util.Objects;
import nl.cookiekeur.cookie.StorageKind;
import org.jspecify.annotations.Nullable;

/**
 * A key in localStorage or sessionStorage, or an IndexedDB database name, at the end of a phase.
 *
 * @param phase the phase in which it was observed
 * @param pageUrl the page being visited
 * @param kind the storage area
 * @param origin the origin that owns the storage area (a frame's origin for iframes)
 * @param key the key, or the database name for IndexedDB (untrusted)
 * @param valuePreview the start of the value, cut to a bounded length (untrusted; empty for IndexedDB)
 * @param valueLength the full length of the value in characters
 * @param setterScript the script that wrote it, {@code null} when unknown
 */
public record StorageEntry(
        Phase phase,
        String pageUrl,
        StorageKind kind,
        String origin,
        String key,
        String valuePreview,
        int valueLength,
        @Nullable String setterScript) {

    public StorageEntry {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(valuePreview, "valuePreview");
    }
}
