package nl.cookiekeur.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A human-readable document written block by block, so a command describes its output once and gets both
 * plain text and Markdown.
 */
public interface Page {

    /** The page for {@code format}; JSON is not a page and is written with {@link JsonOutput}. */
    static Page of(OutputFormat format, PrintWriter out) {
        return switch (format) {
            case TEXT -> new TextPage(out);
            case MARKDOWN -> new MarkdownPage(out);
            case JSON -> throw new IllegalArgumentException("JSON output is not a page");
        };
    }

    /** The main heading. */
    void title(String text);

    /** A section heading. */
    void section(String text);

    /** A paragraph of running text. */
    void paragraph(String text);

    /** A labelled value on one line, such as "Toestemming nodig: ja". */
    void field(String label, String value);

    /** An unordered list; nothing is written when it is empty. */
    void bullets(List<String> items);

    /** An ordered list; nothing is written when it is empty. */
    void numbered(List<String> items);

    /** A command the user can type, kept on one line. */
    void command(String text);

    /** A table with a header row; every row has as many cells as the header. */
    void table(List<String> header, List<List<String>> rows);
}
