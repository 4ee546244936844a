package nl.cookiekeur.cli.knowledge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Reads observed cookies from CSV: the exchange format {@code name,domain,path,value,expires_in_seconds,
 * session,http_only,host_only,secure,same_site,site} with an optional {@code label} column, and the column
 * names of common exports (such as {@code httpOnly}, {@code sameSite}, {@code expirationDate}, CookieBlock's
 * {@code first_party_domain}), columns in any order. Only name and domain are required, and site unless the
 * command gives one.
 */
final class ObservedCookieCsv {
    private final Map<CookieColumn, Integer> positions;
    private final int width;
    private final ObservedCookieFields fields;
    private final Messages messages;

    private ObservedCookieCsv(
            Map<CookieColumn, Integer> positions, int width, ObservedCookieFields fields, Messages messages) {
        this.positions = positions;
        this.width = width;
        this.fields = fields;
        this.messages = messages;
    }

    /** A reader for files with this header line; a header without a required column is bad input. */
    static ObservedCookieCsv withHeader(
            String headerLine, ObservedCookieFields fields, boolean siteGiven, Messages messages) {
        List<String> header = CsvLine.split(stripBom(headerLine)).orElse(List.of());
        Map<CookieColumn, Integer> positions = new EnumMap<>(CookieColumn.class);
        for (CookieColumn column : CookieColumn.values()) {
            int index = column.indexIn(header);
            if (index >= 0) {
                positions.put(column, index);
            } else if (column.required() && !(column == CookieColumn.SITE && siteGiven)) {
                throw new BadInputException(messages.get("classify.error.header", column.canonical()));
            }
        }
        return new ObservedCookieCsv(positions, header.size(), fields, messages);
    }

    /** Reads one data line. */
    RowReading read(int line, String text) {
        Optional<List<String>> split = CsvLine.split(text);
        if (split.isEmpty()) {
            return malformed(line, messages.get("classify.row.quote"));
        }
        List<String> values = split.get();
        if (values.size() != width) {
            return malformed(line, messages.get("classify.row.columns", values.size(), width));
        }
        try {
            return new RowReading.Read(new ObservedRow(
                    line,
                    fields.cookie(column -> value(values, column)),
                    fields.label(column -> value(values, column))));
        } catch (ObservedCookieFields.MalformedField e) {
            return malformed(line, e.text());
        }
    }

    private @Nullable String value(List<String> values, CookieColumn column) {
        Integer index = positions.get(column);
        return index == null ? null : values.get(index);
    }

    private RowReading malformed(int line, String message) {
        return new RowReading.Malformed(line, messages.get("classify.row.line", line, message));
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
