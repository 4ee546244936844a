package nl.cookiekeur.monitoring;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a monitored site is rescanned. */
public enum Frequency {
    DAY("day", Duration.ofDays(1)),
    WEEK("week", Duration.ofDays(7)),
    MONTH("month", Duration.ofDays(30));

    private final String code;
    private final Duration period;

    Frequency(String code, Duration period) {
        this.code = code;
        this.period = period;
    }

    /** The code used on the command line and in the database: {@code day}, {@code week} or {@code month}. */
    public String code() {
        return code;
    }

    /** The time between two regular scans. */
    public Duration period() {
        return period;
    }

    /** The frequency with this code, ignoring case and surrounding space. */
    public static Optional<Frequency> fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
    }
}
