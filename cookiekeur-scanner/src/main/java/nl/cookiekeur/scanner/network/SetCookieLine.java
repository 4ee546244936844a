package nl.cookiekeur.scanner.network;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one {@code Set-Cookie} header line the scan keeps: the cookie's name, the Domain attribute (empty
 * for a host-only cookie) and the expiry the response asked for.
 *
 * @param name the cookie name
 * @param domain the Domain attribute without a leading dot, lower case, or empty
 * @param requestedExpires the expiry asked for: {@code Max-Age} counted from the moment of parsing (it wins, as
 *     in RFC 6265), else {@code Expires}; {@code null} for a session cookie, a deletion or an unreadable date
 */
public record SetCookieLine(
        String name, String domain, @Nullable Instant requestedExpires) {
    private static final DateTimeFormatter LEGACY_DATE =
            DateTimeFormatter.ofPattern("EEE, dd-MMM-yyyy HH:mm:ss zzz", Locale.ENGLISH);

    /** A line without an expiry. */
    public SetCookieLine(String name, String domain) {
        this(name, domain, null);
    }

    /** Parses a header line received now. */
    public static SetCookieLine parse(String line) {
        return parse(line, Instant.now());
    }

    /** Parses a header line received at {@code at}; the name is the part before the first {@code =}, trimmed. */
    public static SetCookieLine parse(String line, Instant at) {
        String[] parts = line.split(";", 50);
        String first = parts[0];
        int eq = first.indexOf('=');
        String name = (eq < 0 ? "" : first.substring(0, eq)).strip();
        String domain = "";
        Instant expires = null;
        Long maxAge = null;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            int at2 = attribute.indexOf('=');
            if (at2 <= 0) {
                continue;
            }
            String key = attribute.substring(0, at2).strip().toLowerCase(Locale.ROOT);
            String value = attribute.substring(at2 + 1).strip();
            switch (key) {
                case "domain" -> domain = withoutLeadingDots(value.toLowerCase(Locale.ROOT));
                case "expires" -> expires = date(value);
                case "max-age" -> maxAge = seconds(value);
                default -> {}
            }
        }
        Instant requested = maxAge != null ? (maxAge > 0 ? at.plusSeconds(maxAge) : null) : expires;
        return new SetCookieLine(name, domain, requested);
    }

    private static String withoutLeadingDots(String domain) {
        String result = domain;
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        return result;
    }

    private static @Nullable Long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Instant date(String value) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, LEGACY_DATE}) {
            try {
                return ZonedDateTime.parse(value, format).toInstant();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
