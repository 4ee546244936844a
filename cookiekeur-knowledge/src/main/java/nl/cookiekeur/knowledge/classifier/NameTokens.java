package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits a cookie name into lower-case word tokens (camelCase, snake_case, dash and dot separated). */
final class NameTokens {
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern HEX_RUN = Pattern.compile("(?i)[0-9a-f]{6,}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private NameTokens() {}

    /** The word tokens of the name; runs of hex or digits are dropped because they are instance ids. */
    static List<String> of(String name) {
        List<String> tokens = new ArrayList<>();
        for (String part : SEPARATORS.split(name)) {
            if (part.isEmpty() || isInstanceId(part)) {
                continue;
            }
            for (String word : CAMEL_BOUNDARY.split(part)) {
                String letters = DIGITS.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
                if (!letters.isEmpty()) {
                    tokens.add(letters);
                }
            }
        }
        return tokens;
    }

    /** Whether a name part is an instance id (hex or digit run with at least one digit) rather than a word. */
    static boolean isInstanceId(String part) {
        return (HEX_RUN.matcher(part).matches() && part.chars().anyMatch(Character::isDigit))
                || DIGITS.matcher(part).matches();
    }
}
