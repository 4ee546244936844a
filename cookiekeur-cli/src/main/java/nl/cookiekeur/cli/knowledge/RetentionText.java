package nl.cookiekeur.cli.knowledge;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.cli.Messages;
import org.jspecify.annotations.Nullable;

/** Says a retention in words ("2 jaar", "sessie") and as a machine value for JSON. */
final class RetentionText {
    private static final List<ChronoUnit> UNITS = List.of(
            ChronoUnit.YEARS,
            ChronoUnit.MONTHS,
            ChronoUnit.WEEKS,
            ChronoUnit.DAYS,
            ChronoUnit.HOURS,
            ChronoUnit.MINUTES,
            ChronoUnit.SECONDS);

    private RetentionText() {}

    /** The retention in the user's language, in the largest unit that divides it exactly. */
    static String words(Retention retention, Messages messages) {
        return switch (retention) {
            case Retention.Session session -> messages.get("knowledge.retention.session");
            case Retention.Persistent persistent -> messages.get("knowledge.retention.persistent");
            case Retention.Unknown unknown ->
                unknown.text().isEmpty()
                        ? messages.get("knowledge.retention.unknown")
                        : messages.get("knowledge.retention.unknownText", unknown.text());
            case Retention.Fixed fixed -> fixedWords(fixed.duration(), messages);
        };
    }

    /** The kind of retention for JSON: session, fixed, persistent or unknown. */
    static String kind(Retention retention) {
        return switch (retention) {
            case Retention.Session session -> "session";
            case Retention.Fixed fixed -> "fixed";
            case Retention.Persistent persistent -> "persistent";
            case Retention.Unknown unknown -> "unknown";
        };
    }

    /** The fixed retention in seconds, or {@code null} for the other kinds. */
    static @Nullable Long seconds(Retention retention) {
        return retention instanceof Retention.Fixed fixed ? fixed.duration().toSeconds() : null;
    }

    private static String fixedWords(Duration duration, Messages messages) {
        long seconds = duration.toSeconds();
        if (seconds == 0) {
            return messages.get("knowledge.retention.immediately");
        }
        for (ChronoUnit unit : UNITS) {
            long unitSeconds = unit.getDuration().toSeconds();
            if (seconds % unitSeconds == 0) {
                long amount = seconds / unitSeconds;
                return messages.get("knowledge.unit." + unit.name().toLowerCase(Locale.ROOT), amount);
            }
        }
        return messages.get("knowledge.unit.seconds", seconds);
    }
}
