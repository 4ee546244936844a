package nl.cookiekeur.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A page as plain text for a terminal: underlined headings and running text wrapped at 100 columns. */
final class TextPage implements Page {
    private static final int WIDTH = 100;

    private final PrintWriter out;
    private boolean first = true;
    private boolean inFields;

    TextPage(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void title(String text) {
        block();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    @Override
    public void section(String text) {
        block();
        out.println(text);
        out.println("-".repeat(text.length()));
    }

    @Override
    public void paragraph(String text) {
        block();
        wrap(text, "", "").forEach(out::println);
    }

    @Override
    public void field(String label, String value) {
        if (!inFields) {
            block();
        }
        wrap(value, label + ": ", "  ").forEach(out::println);
        inFields = true;
    }

    @Override
    public void bullets(List<String> items) {
        list(items, false);
    }

    @Override
    public void numbered(List<String> items) {
        list(items, true);
    }

    @Override
    public void command(String text) {
        block();
        out.println("  " + text);
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows)) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        block();
        printRow(header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        printRow(rule, widths);
        rows.forEach(row -> printRow(row, widths));
    }

    private void list(List<String> items, boolean numbered) {
        if (items.isEmpty()) {
            return;
        }
        block();
        for (int i = 0; i < items.size(); i++) {
            String marker = numbered ? (i + 1) + ". " : "- ";
            wrap(items.get(i), marker, " ".repeat(marker.length())).forEach(out::println);
        }
    }

    private void printRow(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        out.println(line.toString().stripTrailing());
    }

    private void block() {
        if (!first) {
            out.println();
        }
        first = false;
        inFields = false;
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Splits {@code text} into lines of at most {@link #WIDTH} columns where words allow it. */
    static List<String> wrap(String text, String firstIndent, String nextIndent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        int lineStart = firstIndent.length();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(nextIndent);
                lineStart = nextIndent.length();
            }
            if (line.length() > lineStart) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
