package nl.cookiekeur.compliance;

import java.time.Duration;
import nl.cookiekeur.cookie.StorageKind;
import org.jspecify.annotations.Nullable;

/** Lifetimes in plain Dutch and English words ("sessie", "13 maanden", "2 jaar"). */
final class Lifetimes {
    private Lifetimes() {}

    /** A cookie lifetime; {@code null} means a session cookie. */
    static LocalizedText of(@Nullable Duration lifetime) {
        if (lifetime == null) {
            return new LocalizedText("sessie", "session");
        }
        long days = lifetime.toDays();
        if (days >= 365 && days % 365 <= 2) {
            long years = days / 365;
            return plural(years, "jaar", "jaar", "year", "years");
        }
        if (days >= 28) {
            long months = Math.round(days / 30.44);
            return plural(months, "maand", "maanden", "month", "months");
        }
        if (days >= 1) {
            return plural(days, "dag", "dagen", "day", "days");
        }
        long hours = lifetime.toHours();
        if (hours >= 1) {
            return plural(hours, "uur", "uur", "hour", "hours");
        }
        long minutes = Math.max(0, lifetime.toMinutes());
        return plural(minutes, "minuut", "minuten", "minute", "minutes");
    }

    /** The lifetime of a storage area. */
    static LocalizedText of(StorageKind kind) {
        return switch (kind) {
            case SESSION_STORAGE -> new LocalizedText("sessie (sessionStorage)", "session (sessionStorage)");
            case LOCAL_STORAGE -> new LocalizedText("blijvend (localStorage)", "persistent (localStorage)");
            case INDEXED_DB -> new LocalizedText("blijvend (IndexedDB)", "persistent (IndexedDB)");
        };
    }

    private static LocalizedText plural(long n, String nlOne, String nlMany, String enOne, String enMany) {
        return new LocalizedText(n + " " + (n == 1 ? nlOne : nlMany), n + " " + (n == 1 ? enOne : enMany));
    }
}
