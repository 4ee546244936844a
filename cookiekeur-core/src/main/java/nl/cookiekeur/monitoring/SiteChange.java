package nl.cookiekeur.monitoring;

import java.util.Objects;
import nl.cookiekeur.history.HistoryItem;

/**
 * One item of a rescan's comparison with the scan before.
 *
 * @param item the cookie, tracker or finding
 * @param status new, gone or (findings only) still open
 */
public record SiteChange(HistoryItem item, ChangeStatus status) {

    public SiteChange {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Whether the owner should hear about it at once: a new kritiek or hoog finding, or a new cookie, storage key or
     * third party.
     */
    public boolean alerting() {
        if (status != ChangeStatus.NEW) {
            return false;
        }
        return switch (item.kind()) {
            case "cookie", "storage", "tracker" -> true;
            case "finding" -> item.label().startsWith("kritiek") || item.label().startsWith("hoog");
            default -> false;
        };
    }
}
