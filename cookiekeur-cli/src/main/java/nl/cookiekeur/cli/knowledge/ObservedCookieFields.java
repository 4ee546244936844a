package nl.cookiekeur.cli.knowledge;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import org.jspecify.annotations.Nullable;

/**
 * Builds an observed cookie from the fields of one input record, whatever the tool that wrote it: SameSite
 * in any case including {@code no_restriction}, expiry {@code 0}, {@code -1} or empty for a session cookie,
 * expiry as seconds from now or as a moment (epoch seconds or ISO date), host-only derived from the domain
 * when not given. A field that cannot be read throws {@link MalformedField} with a message for the user.
 */
final class ObservedCookieFields {
    private final Messages messages;
    private final @Nullable URI defaultSite;
    private final Instant now;

    ObservedCookieFields(Messages messages, @Nullable URI defaultSite, Instant now) {
        this.messages = messages;
        this.defaultSite = defaultSite;
        this.now = now;
    }

    /** The cookie in the record; {@code field} gives a field's text, {@code null} when the record lacks it. */
    Cookie cookie(Function<CookieColumn, @Nullable String> field) {
        String name = text(field, CookieColumn.NAME);
        if (name.isBlank()) {
            throw new MalformedField(messages.get("classify.row.emptyName"));
        }
        String domain = text(field, CookieColumn.DOMAIN).strip();
        Long expires = expires(field);
        String sessionText = field.apply(CookieColumn.SESSION);
        boolean session = (sessionText == null || sessionText.isBlank())
                ? expires == null
                : (bool(CookieColumn.SESSION, sessionText) || expires == null);
        if (session && expires != null && expires > 0) {
            throw new MalformedField(messages.get("classify.row.sessionExpires"));
        }
        String sameSiteText = text(field, CookieColumn.SAME_SITE);
        SameSite sameSite = SameSite.parse(sameSiteText)
                .orElseThrow(() -> new MalformedField(messages.get("classify.row.sameSite", sameSiteText)));
        String hostOnlyText = field.apply(CookieColumn.HOST_ONLY);
        boolean hostOnly = (hostOnlyText == null || hostOnlyText.isBlank())
                ? !domain.startsWith(".")
                : bool(CookieColumn.HOST_ONLY, hostOnlyText);
        String path = text(field, CookieColumn.PATH);
        return new Cookie(
                name,
                domain,
                path.isBlank() ? "/" : path,
                text(field, CookieColumn.VALUE),
                session ? null : expires,
                session,
                flag(field, CookieColumn.HTTP_ONLY),
                hostOnly,
                flag(field, CookieColumn.SECURE),
                sameSite,
                site(field.apply(CookieColumn.SITE)),
                null);
    }

    /** The expected category in the record, {@code null} when it has none. */
    @Nullable
    Category label(Function<CookieColumn, @Nullable String> field) {
        String text = text(field, CookieColumn.LABEL);
        if (text.isBlank()) {
            return null;
        }
        return LabelNames.category(text)
                .orElseThrow(() -> new MalformedField(messages.get("classify.row.label", text)));
    }

    /** Seconds to expiry; {@code null} for a session cookie (no expiry, 0 or a negative number). */
    private @Nullable Long expires(Function<CookieColumn, @Nullable String> field) {
        String relative = text(field, CookieColumn.EXPIRES_IN_SECONDS).strip();
        if (!relative.isEmpty()) {
            long seconds = seconds(relative, CookieColumn.EXPIRES_IN_SECONDS);
            return seconds <= 0 ? null : seconds;
        }
        String moment = text(field, CookieColumn.EXPIRES_AT).strip();
        if (moment.isEmpty()) {
            return null;
        }
        Instant at = moment(moment);
        if (at.getEpochSecond() <= 0) {
            return null;
        }
        return Math.max(0, at.getEpochSecond() - now.getEpochSecond());
    }

    private long seconds(String text, CookieColumn column) {
        try {
            return new BigDecimal(text).longValue();
        } catch (NumberFormatException e) {
            throw new MalformedField(messages.get("classify.row.number", column.canonical(), text));
        }
    }

    private Instant moment(String text) {
        if (text.matches("-?[0-9]+(\\.[0-9]*)?")) {
            return Instant.ofEpochSecond(seconds(text, CookieColumn.EXPIRES_AT));
        }
        try {
            return text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : text.endsWith("Z")
                            ? Instant.parse(text)
                            : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedField(messages.get("classify.row.moment", text));
        }
    }

    private boolean flag(Function<CookieColumn, @Nullable String> field, CookieColumn column) {
        String text = text(field, column);
        return !text.isBlank() && bool(column, text);
    }

    private boolean bool(CookieColumn column, String raw) {
        String text = raw.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1", "yes", "ja" -> true;
            case "false", "0", "no", "nee" -> false;
            default -> throw new MalformedField(messages.get("classify.row.boolean", column.canonical(), text));
        };
    }

    private URI site(@Nullable String text) {
        if (text == null || text.isBlank()) {
            if (defaultSite != null) {
                return defaultSite;
            }
            throw new MalformedField(messages.get("classify.row.noSite"));
        }
        String value = text.strip();
        String withScheme = value.contains("://") ? value : "https://" + value + "/";
        try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null) {
                throw new MalformedField(messages.get("classify.row.site", value));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MalformedField(messages.get("classify.row.site", value));
        }
    }

    private static String text(Function<CookieColumn, @Nullable String> field, CookieColumn column) {
        String text = field.apply(column);
        return text == null ? "" : text;
    }

    /** A field that cannot be read; the message is in the user's language. */
    static final class MalformedField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String text;

        MalformedField(String message) {
            super(message, null, false, false);
            this.text = message;
        }

        /** The message for the user. */
        String text() {
            return text;
        }
    }
}
