package nl.cookiekeur.monitoring;

import java.util.Objects;
import nl.cookiekeur.site.WebUrl;
import org.jspecify.annotations.Nullable;

/**
 * A site to monitor, as the owner adds it.
 *
 * @param url the start URL
 * @param every how often to rescan it
 * @param pages the maximum number of pages per phase (1 to 50)
 * @param hostRules Chromium host-resolver rules (a staging site under its production name), or {@code null}
 * @param ignoreHttpsErrors whether invalid certificates are accepted (staging sites and tests)
 * @param alerts where the owner hears about changes
 */
public record NewSite(
        WebUrl url,
        Frequency every,
        int pages,
        @Nullable String hostRules,
        boolean ignoreHttpsErrors,
        AlertTargets alerts) {

    /** The most pages per phase a monitored scan visits. */
    public static final int MAX_PAGES = 50;

    public NewSite {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(alerts, "alerts");
        if (url.toString().length() > 2048) {
            throw new IllegalArgumentException("url longer than 2048 characters");
        }
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("pages must be 1.." + MAX_PAGES + ": " + pages);
        }
        if (hostRules != null && hostRules.length() > 8192) {
            throw new IllegalArgumentException("hostRules longer than 8192 characters");
        }
    }
}
