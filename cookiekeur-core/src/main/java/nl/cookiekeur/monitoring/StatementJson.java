package nl.cookiekeur.monitoring;

import java.time.format.DateTimeFormatter;
import nl.cookiekeur.report.StatementLine;

/**
 * The published statement as JSON: the site, the scan, and only the approved items with their approved
 * descriptions. {@code <}, {@code >} and {@code &} are written as {@code \\u} escapes, so the text is safe
 * wherever a page puts it.
 */
public final class StatementJson {
    private StatementJson() {}

    /** The JSON document. */
    public static String json(LivingStatement statement) {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"site\":").append(statement.site().id());
        json.append(",\"url\":").append(string(statement.site().site().url().toString()));
        json.append(",\"language\":").append(string(statement.language().code()));
        json.append(",\"scan\":").append(statement.scanNumber());
        json.append(",\"scannedAt\":").append(string(DateTimeFormatter.ISO_INSTANT.format(statement.scannedAt())));
        json.append(",\"items\":[");
        boolean first = true;
        for (StatementLine line : statement.published()) {
            json.append(first ? "" : ",");
            first = false;
            json.append("{\"kind\":").append(string(line.kind()));
            json.append(",\"name\":").append(string(line.name()));
            json.append(",\"domain\":").append(string(line.where()));
            json.append(",\"type\":").append(string(line.type()));
            json.append(",\"provider\":").append(string(line.provider()));
            json.append(",\"category\":").append(string(line.category()));
            json.append(",\"categoryName\":").append(string(line.categoryName()));
            json.append(",\"description\":").append(string(line.purpose()));
            json.append(",\"retention\":").append(string(line.retention()));
            json.append(",\"party\":").append(string(line.party()));
            json.append('}');
        }
        return json.append("]}").toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
