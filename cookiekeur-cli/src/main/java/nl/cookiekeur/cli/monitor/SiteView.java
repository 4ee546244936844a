package nl.cookiekeur.cli.monitor;

import nl.cookiekeur.monitoring.MonitoredSite;
import org.jspecify.annotations.Nullable;

/** A monitored site as the JSON output shows it. */
record SiteView(
        long id,
        String url,
        String every,
        int pages,
        @Nullable String hostRules,
        boolean ignoreHttpsErrors,
        @Nullable String alertEmail,
        @Nullable String alertWebhook,
        String added) {

    static SiteView of(MonitoredSite site) {
        return new SiteView(
                site.id(),
                site.site().url().toString(),
                site.site().every().code(),
                site.site().pages(),
                site.site().hostRules(),
                site.site().ignoreHttpsErrors(),
                site.site().alerts().email(),
                site.site().alerts().webhook() == null
                        ? null
                        : String.valueOf(site.site().alerts().webhook()),
                site.addedAt().toString());
    }
}
