package nl.cookiekeur.cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a cookie or storage value looks like an identifier for a visitor or device: one token of letters and
 * digits (with separators such as {@code -._:}) that is long and varied enough to single someone out, such as
 * {@code 7c199515-2d91-4ebd}, {@code GA1.1.1068788286.1796404846} or {@code a8f3k29dq0x1}. Words, flags,
 * numbers that read as a timestamp, dates and structured values (JSON, lists with spaces) are not.
 */
public final class IdentifierValue {
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 512;
    private static final int MIN_DISTINCT = 6;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:|=+/~$-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+Z?)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private IdentifierValue() {}

    /** Whether the value (possibly percent-encoded or quoted) is one identifier-like token. */
    public static boolean looksLikeIdentifier(String raw) {
        String value = decode(raw.strip());
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.length() < MIN_LENGTH
                || value.length() > MAX_LENGTH
                || !TOKEN.matcher(value).matches()) {
            return false;
        }
        if (DATE.matcher(value).matches()) {
            return false;
        }
        // seconds or milliseconds since 1970: a time, not a visitor
        if (DIGITS.matcher(value).matches() && value.length() <= 13) {
            return false;
        }
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean digits = value.chars().anyMatch(Character::isDigit);
        if (!digits && !(letters && value.length() >= 16)) {
            return false;
        }
        return value.chars().distinct().count() >= MIN_DISTINCT;
    }

    private static String decode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
