package nl.cookiekeur.cli.knowledge;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.cli.Messages;

/**
 * Reads one line of a Netscape {@code cookies.txt} file (curl, wget, browser exports): seven tab-separated
 * fields domain, include-subdomains, path, secure, expiry (epoch seconds, 0 for a session cookie), name and
 * value; a {@code #HttpOnly_} prefix on the domain marks an HttpOnly cookie.
 */
final class NetscapeCookieFile {
    private static final String HTTP_ONLY = "#HttpOnly_";

    private NetscapeCookieFile() {}

    /** Whether the line is a comment or blank (but not an HttpOnly cookie line). */
    static boolean skipped(String line) {
        return line.isBlank() || (line.startsWith("#") && !line.startsWith(HTTP_ONLY));
    }

    /** Whether the file's first line looks like a Netscape cookie file. */
    static boolean recognises(String firstLine) {
        return firstLine.startsWith("# Netscape HTTP Cookie File")
                || firstLine.startsWith("# HTTP Cookie File")
                || firstLine.split("\t", -1).length == 7;
    }

    static RowReading read(int line, String text, ObservedCookieFields fields, Messages messages) {
        boolean httpOnly = text.startsWith(HTTP_ONLY);
        List<String> parts = List.of((httpOnly ? text.substring(HTTP_ONLY.length()) : text).split("\t", -1));
        if (parts.size() != 7) {
            return new RowReading.Malformed(
                    line,
                    messages.get("classify.row.line", line, messages.get("classify.row.columns", parts.size(), 7)));
        }
        Map<CookieColumn, String> values = Map.of(
                CookieColumn.DOMAIN, parts.get(0),
                CookieColumn.HOST_ONLY, Boolean.toString(!"TRUE".equalsIgnoreCase(parts.get(1))),
                CookieColumn.PATH, parts.get(2),
                CookieColumn.SECURE, parts.get(3),
                CookieColumn.EXPIRES_AT, parts.get(4),
                CookieColumn.NAME, parts.get(5),
                CookieColumn.VALUE, parts.get(6),
                CookieColumn.HTTP_ONLY, Boolean.toString(httpOnly));
        try {
            return new RowReading.Read(new ObservedRow(line, fields.cookie(values::get), null));
        } catch (ObservedCookieFields.MalformedField e) {
            return new RowReading.Malformed(line, messages.get("classify.row.line", line, e.text()));
        }
    }
}
