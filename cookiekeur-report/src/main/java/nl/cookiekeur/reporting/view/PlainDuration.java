package nl.cookiekeur.reporting.view;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Says a cookie's lifetime in plain words ("sessie", "13 maanden", "2 jaar"), rounded to one unit. */
public final class PlainDuration {
    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final double MONTH_DAYS = 365.2425 / 12;

    private PlainDuration() {}

    /** The lifetime in words; {@code null} means a session cookie. */
    public static String of(@Nullable Duration lifetime, Words words) {
        if (lifetime == null) {
            return words.get("retention.session");
        }
        long seconds = Math.max(0, lifetime.toSeconds());
        if (seconds < MINUTE) {
            return words.get("retention.underMinute");
        }
        if (seconds < HOUR) {
            return unit(seconds / MINUTE, "minute", words);
        }
        if (seconds < DAY) {
            return unit(Math.round((double) seconds / HOUR), "hour", words);
        }
        long days = Math.round((double) seconds / DAY);
        if (days < 60) {
            return unit(days, "day", words);
        }
        long months = Math.round(days / MONTH_DAYS);
        if (months < 24) {
            return unit(months, "month", words);
        }
        return unit(Math.round(days / 365.2425), "year", words);
    }

    private static String unit(long amount, String unit, Words words) {
        return words.get("retention." + unit + (amount == 1 ? ".one" : ".many"), amount);
    }
}
