package nl.cookiekeur.reporting.html;

import java.util.List;

/** Writes a table with a header row through an {@link HtmlWriter}; every cell is escaped text. */
final class Table {
    private final HtmlWriter html;

    private Table(HtmlWriter html) {
        this.html = html;
    }

    /** Opens a table with a caption-less header row. */
    static Table open(HtmlWriter html, String classes, List<String> headers) {
        html.open("table").css(classes).open("thead").open("tr");
        for (String header : headers) {
            html.element("th", header);
        }
        html.close().close().open("tbody");
        return new Table(html);
    }

    /** Writes a row of text cells. */
    Table row(List<String> cells) {
        html.open("tr");
        for (String cell : cells) {
            html.element("td", cell);
        }
        html.close();
        return this;
    }

    /** Starts a row whose cells the caller writes; close it with {@link HtmlWriter#close()}. */
    HtmlWriter startRow() {
        return html.open("tr");
    }

    /** Closes the table. */
    void close() {
        html.close().close();
    }
}
