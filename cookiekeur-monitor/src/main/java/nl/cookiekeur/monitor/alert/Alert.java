package nl.cookiekeur.monitor.alert;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRun;

/**
 * What one rescan has to tell the owner: the changes that call for attention, each announced once (in the rescan
 * that first found it).
 *
 * @param site the site
 * @param run the completed rescan
 * @param changes its alerting changes, not empty
 */
public record Alert(MonitoredSite site, SiteRun run, List<SiteChange> changes) {

    public Alert {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(run, "run");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an alert needs at least one change");
        }
    }
}
