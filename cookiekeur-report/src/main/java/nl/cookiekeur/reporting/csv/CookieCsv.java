package nl.cookiekeur.reporting.csv;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.reporting.view.CookieRow;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Times;
import org.apache.commons.csv.CSVFormat;

/**
 * {@code cookies.csv}: one row per cookie per phase, RFC 4180 (comma, double quotes, CRLF). A cell from the
 * site that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, so a spreadsheet does not run it as a formula.
 */
public final class CookieCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "phase",
            "name",
            "domain",
            "path",
            "expires",
            "size",
            "httpOnly",
            "secure",
            "sameSite",
            "partyType",
            "category",
            "vendor",
            "advice",
            "consentRequired",
            "setter");

    private CookieCsv() {}

    /** The CSV text. */
    public static String render(ReportView view) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS.toArray());
        {
            for (PhaseView phase : view.phases()) {
                for (CookieRow row : phase.cookies()) {
                    ObservedCookie c = row.cookie();
                    String expires = Times.iso(c.expires());
                    String setter = c.setter();
                    line(
                            out,
                            phase.phase().code(),
                            cell(c.name()),
                            cell(c.domain()),
                            cell(c.path()),
                            expires == null ? "session" : expires,
                            c.sizeBytes(),
                            c.httpOnly(),
                            c.secure(),
                            c.sameSite().name().toLowerCase(Locale.ROOT),
                            row.thirdParty() ? "third" : "first",
                            row.category().id(),
                            cell(row.vendor().orElse("")),
                            row.adviceNumber().map(String::valueOf).orElse(""),
                            row.consentRequired().map(String::valueOf).orElse(""),
                            cell(setter == null ? "" : setter));
                }
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Object... values) {
        out.append(CSVFormat.RFC4180.format(values)).append("\r\n");
    }

    /** The cell, with a leading apostrophe when a spreadsheet would read it as a formula. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
