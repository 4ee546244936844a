package nl.cookiekeur.reporting.html;

import java.util.List;

/**
 * Writes a table with a header row through an {@link HtmlWriter}; every cell is escaped text. A table shows
 * at most {@link #MAX_ROWS} rows, so a hostile site with thousands of items cannot make the report
 * unreadable; the last row then says how many were left out (all of them are in {@code report.json} and
 * {@code cookies.csv}).
 */
final class Table {
    /** The most rows one table shows. */
    static final int MAX_ROWS = 500;

    private final HtmlWriter html;
    private final int columns;
    private final String moreText;
    private int rows;

    private Table(HtmlWriter html, int columns, String moreText) {
        this.html = html;
        this.columns = columns;
        this.moreText = moreText;
    }

    /**
     * Opens a table with a header row.
     *
     * @param moreText the text of the last row when rows were left out, with {@code {0}} for their number
     */
    static Table open(HtmlWriter html, String classes, List<String> headers, String moreText) {
        html.open("table").css(classes).open("thead").open("tr");
        for (String header : headers) {
            html.element("th", header);
        }
        html.close().close().open("tbody");
        return new Table(html, headers.size(), moreText);
    }

    /** Writes a row of text cells, unless the table is full. */
    Table row(List<String> cells) {
        rows++;
        if (rows > MAX_ROWS) {
            return this;
        }
        html.open("tr");
        for (String cell : cells) {
            html.element("td", cell);
        }
        html.close();
        return this;
    }

    /**
     * Writes a full-width line of text under the row just written (such as the reason for an item); nothing when
     * that row was left out because the table is full.
     */
    Table detail(String text) {
        if (rows > MAX_ROWS) {
            return this;
        }
        html.open("tr").css("detail").open("td").attr("colspan", String.valueOf(columns));
        html.text(text).close().close();
        return this;
    }

    /** Closes the table, first saying how many rows were left out. */
    void close() {
        if (rows > MAX_ROWS) {
            html.open("tr").css("more").open("td").attr("colspan", String.valueOf(columns));
            html.text(moreText.replace("{0}", String.valueOf(rows - MAX_ROWS)))
                    .close()
                    .close();
        }
        html.close().close();
    }
}
