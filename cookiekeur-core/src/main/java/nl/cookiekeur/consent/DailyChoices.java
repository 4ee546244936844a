package nl.cookiekeur.consent;

import java.time.LocalDate;

/**
 * How many choices a site's visitors made on one day, by action.
 *
 * @param day the day (in the zone asked for)
 * @param acceptAll "accept all"
 * @param rejectAll "reject all"
 * @param custom a choice saved in the settings
 * @param withdraw withdrawn consent
 */
public record DailyChoices(LocalDate day, long acceptAll, long rejectAll, long custom, long withdraw) {

    /** All choices of the day. */
    public long total() {
        return acceptAll + rejectAll + custom + withdraw;
    }
}
