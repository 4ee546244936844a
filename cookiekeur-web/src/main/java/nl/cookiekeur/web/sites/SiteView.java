package nl.cookiekeur.web.sites;

import java.util.List;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.web.scan.ScanState;
import org.jspecify.annotations.Nullable;

/**
 * One site's page.
 *
 * @param site the site
 * @param role the user's role on this site
 * @param state the scan started here since the server started, or {@code null}
 * @param scans the site's scans in the history, newest first
 * @param fixed findings of the previous scan that the latest no longer has
 * @param added findings the latest scan has that the previous did not
 * @param stillOpen findings in both
 * @param files the latest scan's downloads as (label, href)
 */
public record SiteView(
        SiteRow site,
        Role role,
        @Nullable ScanState state,
        List<StoredScan> scans,
        List<String> fixed,
        List<String> added,
        List<String> stillOpen,
        List<Download> files) {

    /** A file of the latest scan. */
    public record Download(String label, String href) {}

    public SiteView {
        scans = List.copyOf(scans);
        fixed = List.copyOf(fixed);
        added = List.copyOf(added);
        stillOpen = List.copyOf(stillOpen);
        files = List.copyOf(files);
    }

    /** Whether the user may start a scan (editor or admin of this site). */
    public boolean mayChange() {
        return role.mayChange();
    }

    /** Whether a scan runs now. */
    public boolean running() {
        return state != null && state.running();
    }

    /** The scan state, or a placeholder when none ran here. */
    public ScanState shownState() {
        return state == null ? new ScanState(ScanState.Status.DONE, "", 0, 0, "", "", 0, 0, 0, "", 0) : state;
    }

    /** Whether the history has a scan of this site. */
    public boolean scanned() {
        return !scans.isEmpty();
    }

    /** The newest scan; only when {@link #scanned()}. */
    public StoredScan latest() {
        return scans.getFirst();
    }

    /** The findings per scan as a bar chart, oldest first. */
    public TrendChart trend() {
        return TrendChart.of(scans);
    }

    /** Whether there is a previous scan to compare with. */
    public boolean compared() {
        return scans.size() > 1;
    }
}
