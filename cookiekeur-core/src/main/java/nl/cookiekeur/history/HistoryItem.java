package nl.cookiekeur.history;

import java.util.Objects;

/**
 * One thing a scan found, in the form the history compares: a cookie, a storage key, a tracker host or a finding.
 *
 * @param kind {@code cookie}, {@code storage}, {@code tracker} or {@code finding}
 * @param key what identifies it across scans: {@code name@domain} for a cookie, {@code key@origin} for a
 *     localStorage, sessionStorage or IndexedDB key, the host for a tracker,
 *     {@code checkId/phase} for a finding
 * @param label what to show: the cookie's category and vendor, the tracker's vendor, the finding's severity and title
 */
public record HistoryItem(String kind, String key, String label) {

    public HistoryItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
