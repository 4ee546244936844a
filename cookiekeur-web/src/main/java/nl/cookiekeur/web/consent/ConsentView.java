package nl.cookiekeur.web.consent;

import java.util.List;
import nl.cookiekeur.consent.DailyChoices;
import nl.cookiekeur.consent.PublishedConfig;
import nl.cookiekeur.web.sites.SiteRow;
import org.jspecify.annotations.Nullable;

/**
 * What the consent page shows.
 *
 * @param site the site of the portfolio
 * @param ledgerSite the site's id in the ledger (its banner's {@code data-site})
 * @param current the configuration the banner shows now, or {@code null} when none is published
 * @param form the configuration field by field: what was posted, else the current one, else a draft
 * @param source where a draft came from (the latest scan or the example), empty for a published one
 * @param previewPath the address of the live preview of the form's configuration
 * @param json the configuration as JSON for the advanced field
 * @param days the choices per day, oldest first
 * @param chart the same as a bar chart
 * @param mayChange whether the user may publish (editor or admin)
 * @param notice a confirmation, or empty
 * @param error what went wrong, or empty
 * @param verification the outcome of "verify chain", or empty
 * @param intact whether that outcome is good
 */
public record ConsentView(
        SiteRow site,
        String ledgerSite,
        @Nullable PublishedConfig current,
        BannerForm form,
        String source,
        String previewPath,
        String json,
        List<DailyChoices> days,
        ConsentChart chart,
        boolean mayChange,
        String notice,
        String error,
        String verification,
        boolean intact) {

    /** The address of this page and its sub-pages. */
    public String path(String rest) {
        return "/app/sites/" + site.id() + "/toestemming" + rest;
    }

    /** Whether any choice was recorded in the period shown. */
    public boolean anyChoices() {
        return days.stream().anyMatch(d -> d.total() > 0);
    }
}
