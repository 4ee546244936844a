package nl.cookiekeur.monitor.engine;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * What a site's job carries: the due time of the regular scan it stands for and which attempt at it comes next,
 * written as {@code <ISO-8601 instant>#<attempt>} (a bare instant is attempt 1).
 */
record JobData(Instant dueAt, int attempt) {

    static JobData parse(@Nullable String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return new JobData(fallback, 1);
        }
        int hash = text.indexOf('#');
        try {
            Instant due = Instant.parse(hash < 0 ? text : text.substring(0, hash));
            int attempt = hash < 0 ? 1 : Integer.parseInt(text.substring(hash + 1));
            return new JobData(due, Math.max(1, attempt));
        } catch (DateTimeParseException | NumberFormatException e) {
            return new JobData(fallback, 1);
        }
    }

    /** The next attempt at the same due scan. */
    JobData retried() {
        return new JobData(dueAt, attempt + 1);
    }

    String text() {
        return dueAt + "#" + attempt;
    }
}
