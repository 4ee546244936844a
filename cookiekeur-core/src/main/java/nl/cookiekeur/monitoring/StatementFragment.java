package nl.cookiekeur.monitoring;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.cookiekeur.report.StatementLine;

/**
 * The published statement as an HTML fragment to embed in the site's own page: no scripts, no styles, every class
 * prefixed {@value #PREFIX}, and every text escaped (names, domains and providers come from the scanned site).
 * Only approved items appear.
 */
public final class StatementFragment {
    /** The prefix of every CSS class in the fragment. */
    public static final String PREFIX = "ckv-";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> COLUMNS =
            List.of("col.name", "col.type", "col.provider", "col.purpose", "col.retention", "col.party");

    private StatementFragment() {}

    /** The fragment: a {@code section} with a heading and one table per category. */
    public static String html(LivingStatement statement) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "nl.cookiekeur.monitoring.statement",
                statement.language().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Locale locale = statement.language().locale();
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"")
                .append(PREFIX)
                .append("statement\" lang=\"")
                .append(statement.language().code())
                .append("\">\n");
        html.append("<h2 class=\"")
                .append(PREFIX)
                .append("title\">")
                .append(escape(format(texts, "title", locale, statement.site().host())))
                .append("</h2>\n");
        html.append("<p class=\"")
                .append(PREFIX)
                .append("updated\">")
                .append(escape(format(
                        texts,
                        "updated",
                        locale,
                        DATE.format(statement.scannedAt()),
                        statement.site().site().url().toString())))
                .append("</p>\n");
        if (statement.published().isEmpty()) {
            html.append("<p class=\"")
                    .append(PREFIX)
                    .append("empty\">")
                    .append(escape(texts.getString("empty")))
                    .append("</p>\n");
        }
        String category = null;
        for (StatementLine line : statement.published()) {
            if (!line.category().equals(category)) {
                if (category != null) {
                    html.append("</tbody></table>\n</section>\n");
                }
                category = line.category();
                html.append("<section class=\"")
                        .append(PREFIX)
                        .append("category ")
                        .append(PREFIX)
                        .append("category-")
                        .append(category.replaceAll("[^a-z0-9-]", ""))
                        .append("\">\n");
                html.append("<h3>")
                        .append(escape(capitalised(line.categoryName(), locale)))
                        .append("</h3>\n");
                html.append("<table class=\"").append(PREFIX).append("table\"><thead><tr>");
                for (String column : COLUMNS) {
                    html.append("<th scope=\"col\">")
                            .append(escape(texts.getString(column)))
                            .append("</th>");
                }
                html.append("</tr></thead><tbody>\n");
            }
            html.append("<tr>");
            for (String cell : List.of(
                    line.name(), line.type(), line.provider(), line.purpose(), line.retention(), line.party())) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        if (category != null) {
            html.append("</tbody></table>\n</section>\n");
        }
        html.append("</section>\n");
        return html.toString();
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** Text safe in HTML content and in quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
