package nl.cookiekeur.reporting.html;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.reporting.view.Statement;
import nl.cookiekeur.reporting.view.StatementRow;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Words;

/**
 * {@code cookieverklaring.html}: the draft cookie statement as a page the owner can complete and publish.
 * The sections follow what art. 13 AVG and art. 11.7a Tw ask for; placeholders are marked.
 */
public final class StatementHtml {
    private StatementHtml() {}

    /** The draft statement as HTML text. */
    public static String render(Statement statement, java.time.Instant scannedAt) {
        Words words = statement.words();
        HtmlWriter html = new HtmlWriter();
        HtmlReport.head(html, words, words.get("statement.title"));
        html.open("body").css("statement").open("main");
        html.element("h1", words.get("statement.title"));
        html.open("p").css("draft");
        html.text(words.get("statement.draft", Times.human(scannedAt) + " " + words.get("time.zone")) + " ");
        html.link(statement.siteUrl());
        html.close();
        for (String section : Statement.SECTIONS_BEFORE) {
            section(html, words, section);
        }
        html.element("h2", words.get("statement.list.heading"));
        html.element("p", words.get("statement.list.intro"));
        for (Map.Entry<Category, List<StatementRow>> group : statement.groups().entrySet()) {
            category(html, words, group.getKey(), group.getValue());
        }
        for (String section : Statement.SECTIONS_AFTER) {
            section(html, words, section);
        }
        html.close().close().close();
        return html.finish();
    }

    private static void section(HtmlWriter html, Words words, String section) {
        html.element("h2", words.get("statement." + section + ".heading"));
        for (String paragraph : words.get("statement." + section + ".text").split("\\|", -1)) {
            html.element("p", paragraph.strip());
        }
    }

    private static void category(HtmlWriter html, Words words, Category category, List<StatementRow> rows) {
        html.open("section").css("category category-" + category.id());
        html.element("h3", words.get("statement.category.heading", capitalised(words.category(category))));
        html.element("p", words.get("statement.category." + category.id()));
        Table table = Table.open(
                html,
                "statement",
                List.of(
                        words.get("col.name"),
                        words.get("col.type"),
                        words.get("col.provider"),
                        words.get("col.purpose"),
                        words.get("col.retention"),
                        words.get("col.party"),
                        words.get("col.recipients")),
                words.get("table.more"));
        for (StatementRow row : rows) {
            table.row(List.of(
                    row.name(),
                    row.type(),
                    row.provider(),
                    row.purpose(),
                    row.retention(),
                    row.party(),
                    row.recipients()));
        }
        table.close();
        html.close();
    }

    /** The text with its first letter in upper case (Locale.ROOT). */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
