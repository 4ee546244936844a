package nl.cookiekeur.cli.knowledge;

import java.util.Locale;

/** Stable lower-case ids of enum values for JSON and message keys, such as {@code wildcard-prefix}. */
final class Ids {
    private Ids() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
