package nl.cookiekeur.reporting.markdown;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.reporting.view.Statement;
import nl.cookiekeur.reporting.view.StatementRow;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Words;

/** {@code cookieverklaring.md}: the draft cookie statement in Markdown, same content as the HTML draft. */
public final class StatementMarkdown {
    private StatementMarkdown() {}

    /** The draft statement as Markdown text. */
    public static String render(Statement statement, Instant scannedAt) {
        Words words = statement.words();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Markdown.escape(words.get("statement.title"))).append("\n\n");
        md.append("> ")
                .append(Markdown.escape(
                        words.get("statement.draft", Times.human(scannedAt) + " " + words.get("time.zone")) + " "
                                + statement.siteUrl()))
                .append("\n\n");
        Statement.SECTIONS_BEFORE.forEach(section -> section(md, words, section));
        md.append("## ")
                .append(Markdown.escape(words.get("statement.list.heading")))
                .append("\n\n");
        md.append(Markdown.escape(words.get("statement.list.intro"))).append("\n\n");
        for (Map.Entry<Category, List<StatementRow>> group : statement.groups().entrySet()) {
            String name = words.category(group.getKey());
            md.append("### ")
                    .append(Markdown.escape(words.get(
                            "statement.category.heading",
                            name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))))
                    .append("\n\n");
            md.append(Markdown.escape(
                            words.get("statement.category." + group.getKey().id())))
                    .append("\n\n");
            md.append(Markdown.header(List.of(
                    words.get("col.name"),
                    words.get("col.type"),
                    words.get("col.provider"),
                    words.get("col.purpose"),
                    words.get("col.retention"),
                    words.get("col.party"),
                    words.get("col.recipients"))));
            for (StatementRow row : group.getValue()) {
                md.append(Markdown.row(List.of(
                        row.name(),
                        row.type(),
                        row.provider(),
                        row.purpose(),
                        row.retention(),
                        row.party(),
                        row.recipients())));
            }
            md.append('\n');
        }
        Statement.SECTIONS_AFTER.forEach(section -> section(md, words, section));
        return md.toString();
    }

    private static void section(StringBuilder md, Words words, String section) {
        md.append("## ")
                .append(Markdown.escape(words.get("statement." + section + ".heading")))
                .append("\n\n");
        for (String paragraph : words.get("statement." + section + ".text").split("\\|", -1)) {
            md.append(Markdown.escape(paragraph.strip())).append("\n\n");
        }
    }
}
