package nl.cookiekeur.knowledge.data;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.Retention;

/**
 * Turns the free-text retention of a knowledge source ("1 year", "13 months", "session", "30 mins after
 * last activity") into a {@link Retention}; anything it cannot read with confidence becomes unknown.
 * Months and years are the average calendar lengths of {@link ChronoUnit#MONTHS} and {@link ChronoUnit#YEARS}.
 */
public final class RetentionText {
    private static final Set<String> SESSION =
            Set.of("session", "sessions", "session cookie", "end of session", "browser session", "seesion");
    private static final Set<String> PERSISTENT =
            Set.of("persistent", "permanent", "forever", "unlimited", "no expiration", "never expires");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,6})\\s*([a-z]+)(.*)");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s+(?:to|till|until)\\s+(.+)");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Set<String> HARMLESS_QUALIFIERS =
            Set.of("", "after last activity", "by default, modifiable", "from set/ update", "from set/update");
    private static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("s", ChronoUnit.SECONDS),
            Map.entry("sec", ChronoUnit.SECONDS),
            Map.entry("secs", ChronoUnit.SECONDS),
            Map.entry("second", ChronoUnit.SECONDS),
            Map.entry("seconds", ChronoUnit.SECONDS),
            Map.entry("min", ChronoUnit.MINUTES),
            Map.entry("mins", ChronoUnit.MINUTES),
            Map.entry("minute", ChronoUnit.MINUTES),
            Map.entry("minutes", ChronoUnit.MINUTES),
            Map.entry("h", ChronoUnit.HOURS),
            Map.entry("hour", ChronoUnit.HOURS),
            Map.entry("hours", ChronoUnit.HOURS),
            Map.entry("d", ChronoUnit.DAYS),
            Map.entry("day", ChronoUnit.DAYS),
            Map.entry("days", ChronoUnit.DAYS),
            Map.entry("w", ChronoUnit.WEEKS),
            Map.entry("week", ChronoUnit.WEEKS),
            Map.entry("weeks", ChronoUnit.WEEKS),
            Map.entry("month", ChronoUnit.MONTHS),
            Map.entry("months", ChronoUnit.MONTHS),
            Map.entry("y", ChronoUnit.YEARS),
            Map.entry("year", ChronoUnit.YEARS),
            Map.entry("years", ChronoUnit.YEARS));

    private RetentionText() {}

    /** Reads a retention text; never fails, but returns {@link Retention.Unknown} for text it cannot read. */
    public static Retention parse(String text) {
        String spaced = PARENTHESES
                .matcher(text.strip().toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        String clean =
                spaced.endsWith(".") ? spaced.substring(0, spaced.length() - 1).strip() : spaced;
        return single(clean).or(() -> range(clean)).orElseGet(() -> Retention.unknown(text.strip()));
    }

    private static Optional<Retention> single(String text) {
        if (SESSION.contains(text)) {
            return Optional.of(Retention.session());
        }
        if (PERSISTENT.contains(text)) {
            return Optional.of(Retention.persistent());
        }
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches() || !HARMLESS_QUALIFIERS.contains(matcher.group(3).strip())) {
            return Optional.empty();
        }
        ChronoUnit unit = UNITS.get(matcher.group(2));
        if (unit == null) {
            return Optional.empty();
        }
        Duration unitLength = unit.getDuration();
        return Optional.of(Retention.of(unitLength.multipliedBy(Long.parseLong(matcher.group(1)))));
    }

    /** A range such as "session to 30 days" is read as its longest end, the conservative choice. */
    private static Optional<Retention> range(String text) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Retention> from = single(matcher.group(1));
        Optional<Retention> to = single(matcher.group(2));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(longest(from.get(), to.get()));
    }

    private static Retention longest(Retention a, Retention b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static double rank(Retention retention) {
        return switch (retention) {
            case Retention.Session session -> 0;
            case Retention.Fixed fixed -> 1 + fixed.duration().toSeconds();
            case Retention.Persistent persistent -> Double.MAX_VALUE;
            case Retention.Unknown unknown -> -1;
        };
    }
}
