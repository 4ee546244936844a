package nl.cookiekeur.compliance;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A lifetime as a cookie statement states it: the browser session, or a duration ("1 jaar", "13 maanden",
 * "2 years", "30 dagen", "24 uur"; several parts are added up).
 *
 * @param session whether it lives for the browser session only
 * @param duration the stated duration, {@link Duration#ZERO} for a session lifetime
 */
record DeclaredLifetime(boolean session, Duration duration) {
    private static final Pattern PART = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d+(?:[.,]\\d+)?|een|één|one|a|an)\\s*"
                    + "(jaren|jaar|years|year|yrs|yr|maanden|maand|months|month|mnd|weken|week|weeks|dagen|dag|days|day"
                    + "|uren|uur|hours|hour|hrs|minuten|minuut|minutes|minute|min|seconden|seconde|seconds|second|sec|s)(?![\\p{L}])");
    /** Longer stated lifetimes count as this long (a statement may say "10^20 years"; a Duration would overflow). */
    static final Duration LONGEST = Duration.ofDays(1000L * 365);

    private static final Pattern SESSION =
            Pattern.compile("\\b(sessie|session|browsersessie|sessioncookie|sessiecookie)\\b");

    DeclaredLifetime {
        Objects.requireNonNull(duration, "duration");
    }

    /** Parses a stated lifetime in Dutch or English; empty when the text states none that we understand. */
    static Optional<DeclaredLifetime> parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.isEmpty() || lower.length() > 200) {
            return Optional.empty();
        }
        Matcher part = PART.matcher(lower);
        Duration total = Duration.ZERO;
        boolean any = false;
        while (part.find()) {
            double amount = amount(part.group(1));
            Duration sum = total.plus(unit(part.group(2), amount));
            total = sum.compareTo(LONGEST) > 0 ? LONGEST : sum;
            any = true;
        }
        if (any) {
            return Optional.of(new DeclaredLifetime(false, total));
        }
        if (SESSION.matcher(lower).find()) {
            return Optional.of(new DeclaredLifetime(true, Duration.ZERO));
        }
        return Optional.empty();
    }

    /** Whether an observed lifetime ({@code null} for a session cookie) is longer than this, with some slack. */
    boolean exceededBy(@Nullable Duration observed) {
        if (observed == null) {
            return false;
        }
        if (session) {
            return observed.compareTo(Duration.ofDays(1)) > 0;
        }
        Duration slack =
                duration.dividedBy(10).compareTo(Duration.ofDays(1)) > 0 ? duration.dividedBy(10) : Duration.ofDays(1);
        return observed.compareTo(duration.plus(slack)) > 0;
    }

    /** A short neutral text such as {@code 395 d} or {@code session}. */
    String display() {
        if (session) {
            return "session";
        }
        long days = duration.toDays();
        return days >= 1 ? days + " d" : duration.toHours() + " h";
    }

    private static double amount(String text) {
        return switch (text) {
            case "een", "één", "one", "a", "an" -> 1;
            default -> Double.parseDouble(text.replace(',', '.'));
        };
    }

    private static Duration unit(String unit, double amount) {
        long seconds = switch (unit) {
            case "jaren", "jaar", "years", "year", "yrs", "yr" -> 365L * 86_400;
            case "maanden", "maand", "months", "month", "mnd" -> 31L * 86_400;
            case "weken", "week", "weeks" -> 7L * 86_400;
            case "dagen", "dag", "days", "day" -> 86_400;
            case "uren", "uur", "hours", "hour", "hrs" -> 3_600;
            case "minuten", "minuut", "minutes", "minute", "min" -> 60;
            default -> 1;
        };
        return Duration.ofSeconds(Math.min(Math.round(amount * seconds), LONGEST.toSeconds()));
    }
}
