package nl.cookiekeur.knowledge.classifier;

import org.jspecify.annotations.Nullable;

/** A coarse lifetime bucket; 13 months marks the longest lifetime regulators accept for exempt analytics. */
enum Lifetime {
    SESSION,
    UNDER_AN_HOUR,
    UNDER_A_DAY,
    UNDER_A_MONTH,
    UP_TO_THIRTEEN_MONTHS,
    LONGER;

    static final long THIRTEEN_MONTHS_SECONDS = 13L * 31 * 24 * 3600;

    /** The bucket for a remaining lifetime in seconds, {@code null} meaning a session cookie. */
    static Lifetime of(@Nullable Long expiresInSeconds) {
        if (expiresInSeconds == null) {
            return SESSION;
        }
        long s = expiresInSeconds;
        if (s < 3600) {
            return UNDER_AN_HOUR;
        }
        if (s < 24 * 3600) {
            return UNDER_A_DAY;
        }
        if (s < 31L * 24 * 3600) {
            return UNDER_A_MONTH;
        }
        return s <= THIRTEEN_MONTHS_SECONDS ? UP_TO_THIRTEEN_MONTHS : LONGER;
    }
}
