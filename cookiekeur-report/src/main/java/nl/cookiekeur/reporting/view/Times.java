package nl.cookiekeur.reporting.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats instants for people (Dutch time, fixed pattern) and for machines (ISO 8601 UTC). */
public final class Times {
    /** The zone readers of a Dutch report live in. */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter HUMAN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(DUTCH_TIME);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);

    private Times() {}

    /** The instant in Dutch time, such as "2026-11-22 21:40". */
    public static String human(Instant instant) {
        return HUMAN.format(instant);
    }

    /** The instant as ISO 8601 in UTC, such as "2026-11-22T20:40:00Z"; {@code null} stays {@code null}. */
    public static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }

    /** A duration in whole seconds, such as "83 s". */
    public static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
