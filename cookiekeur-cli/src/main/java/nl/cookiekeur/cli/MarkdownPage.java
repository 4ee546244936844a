package nl.cookiekeur.cli;

import java.io.PrintWriter;
import java.util.List;

/** A page as CommonMark: ATX headings, lists and a pipe table. */
final class MarkdownPage implements Page {
    private final PrintWriter out;
    private boolean first = true;
    private boolean inFields;

    MarkdownPage(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void title(String text) {
        block();
        out.println("# " + text);
    }

    @Override
    public void section(String text) {
        block();
        out.println("## " + text);
    }

    @Override
    public void paragraph(String text) {
        block();
        out.println(text);
    }

    @Override
    public void field(String label, String value) {
        if (!inFields) {
            block();
        }
        out.println("- **" + label + ":** " + value);
        inFields = true;
    }

    @Override
    public void bullets(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        block();
        items.forEach(item -> out.println("- " + item));
    }

    @Override
    public void numbered(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        block();
        for (int i = 0; i < items.size(); i++) {
            out.println((i + 1) + ". " + items.get(i));
        }
    }

    @Override
    public void command(String text) {
        block();
        out.println("```sh");
        out.println(text);
        out.println("```");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        block();
        printRow(header);
        out.println("|" + "---|".repeat(header.size()));
        rows.forEach(this::printRow);
    }

    private void printRow(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.println(line);
    }

    private void block() {
        if (!first) {
            out.println();
        }
        first = false;
        inFields = false;
    }
}
