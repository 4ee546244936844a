package nl.cookiekeur.monitoring;

import java.time.Instant;
import java.util.Objects;

/**
 * A site under monitoring.
 *
 * @param id its number, from 1
 * @param site what the owner asked for
 * @param addedAt when it was added
 */
public record MonitoredSite(long id, NewSite site, Instant addedAt) {

    public MonitoredSite {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** The host the scan history knows the site by. */
    public String host() {
        return site.url().host();
    }
}
