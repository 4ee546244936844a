package nl.cookiekeur.cli.knowledge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.CookieExchangeFormat;
import nl.cookiekeur.cookie.SameSite;
import org.jspecify.annotations.Nullable;

/**
 * Reads observed cookies in the exchange format {@code name,domain,path,value,expires_in_seconds,session,
 * http_only,host_only,secure,same_site,site} with an optional {@code label} column (columns in any order).
 */
final class ObservedCookieCsv {
    /** The required columns. */
    static final List<String> COLUMNS = CookieExchangeFormat.COLUMNS;

    private static final String LABEL = CookieExchangeFormat.LABEL;

    private final List<String> header;
    private final Messages messages;

    private ObservedCookieCsv(List<String> header, Messages messages) {
        this.header = header;
        this.messages = messages;
    }

    /** A reader for files with this header line; a header without the required columns is bad input. */
    static ObservedCookieCsv withHeader(String headerLine, Messages messages) {
        List<String> header = CsvLine.split(stripBom(headerLine)).orElse(List.of()).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new BadInputException(messages.get("classify.error.header", column, String.join(",", COLUMNS)));
            }
        }
        return new ObservedCookieCsv(header, messages);
    }

    /** Whether the file carries expected categories. */
    boolean labelled() {
        return header.contains(LABEL);
    }

    /** Reads one data line. */
    RowReading read(int line, String text) {
        Optional<List<String>> split = CsvLine.split(text);
        if (split.isEmpty()) {
            return malformed(line, "classify.row.quote");
        }
        List<String> fields = split.get();
        if (fields.size() != header.size()) {
            return malformed(line, "classify.row.columns", fields.size(), header.size());
        }
        try {
            return new RowReading.Read(new ObservedRow(line, cookie(fields), label(fields)));
        } catch (MalformedField e) {
            return new RowReading.Malformed(line, messages.get("classify.row.line", line, e.getMessage()));
        }
    }

    private Cookie cookie(List<String> fields) {
        String name = field(fields, "name");
        if (name.isBlank()) {
            throw new MalformedField(messages.get("classify.row.emptyName"));
        }
        Long expires = expires(field(fields, "expires_in_seconds"));
        boolean session = bool(fields, "session");
        if (session && expires != null) {
            throw new MalformedField(messages.get("classify.row.sessionExpires"));
        }
        String sameSiteText = field(fields, "same_site");
        SameSite sameSite = SameSite.parse(sameSiteText)
                .orElseThrow(() -> new MalformedField(messages.get("classify.row.sameSite", sameSiteText)));
        return new Cookie(
                name,
                field(fields, "domain").strip(),
                field(fields, "path"),
                field(fields, "value"),
                expires,
                session,
                bool(fields, "http_only"),
                bool(fields, "host_only"),
                bool(fields, "secure"),
                sameSite,
                site(field(fields, "site")),
                null);
    }

    private @Nullable Category label(List<String> fields) {
        if (!labelled()) {
            return null;
        }
        String text = field(fields, LABEL);
        if (text.isBlank()) {
            return null;
        }
        return Category.fromId(text).orElseThrow(() -> new MalformedField(messages.get("classify.row.label", text)));
    }

    private String field(List<String> fields, String column) {
        return fields.get(header.indexOf(column));
    }

    private boolean bool(List<String> fields, String column) {
        String text = field(fields, column).strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new MalformedField(messages.get("classify.row.boolean", column, text));
        };
    }

    private @Nullable Long expires(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new MalformedField(messages.get("classify.row.number", value));
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new MalformedField(messages.get("classify.row.number", value));
        }
    }

    private URI site(String text) {
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

    private RowReading malformed(int line, String key, Object... arguments) {
        return new RowReading.Malformed(line, messages.get("classify.row.line", line, messages.get(key, arguments)));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** A field that cannot be read; the message is in the user's language. Never leaves this class. */
    private static final class MalformedField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedField(String message) {
            super(message, null, false, false);
        }
    }
}
