package nl.cookiekeur.reporting.html;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.reporting.view.Words;

/**
 * The advice per item of {@code report.html}: five readable columns (item, what it is, advice with its meaning,
 * retention, phases) and the reason on a full-width line under each item, so that the explanation is never
 * squeezed into a narrow column.
 */
final class ItemsHtml {
    private ItemsHtml() {}

    static void write(HtmlWriter html, List<ItemAdvice> items, Words words) {
        html.open("section").attr("id", "items").element("h2", words.get("items.heading"));
        html.element("p", "intro", words.get("items.intro"));
        if (items.isEmpty()) {
            html.element("p", words.get("items.none"));
            html.close();
            return;
        }
        Table table = Table.open(
                html,
                "items",
                List.of(
                        words.get("col.name"),
                        words.get("col.category"),
                        words.get("col.advice"),
                        words.get("col.retention"),
                        words.get("col.phases")),
                words.get("table.more"));
        for (ItemAdvice item : items) {
            table.row(List.of(
                    String.join(
                            " \u00b7 ",
                            item.name(),
                            words.get("kind." + item.kind().name().toLowerCase(Locale.ROOT)),
                            item.where()),
                    whatItIs(item, words),
                    words.advice(item.advice().number()) + " \u00b7 " + words.get("col.consent") + ": "
                            + words.yesNo(item.consentRequired()),
                    item.retention().in(words.language()),
                    String.join(", ", item.phases().stream().map(words::phase).toList())));
            table.detail(words.get("col.reason") + ": " + item.reason().in(words.language()));
        }
        table.close();
        html.close();
    }

    private static String whatItIs(ItemAdvice item, Words words) {
        StringBuilder text = new StringBuilder(words.category(item.category())).append(confidence(item.confidence()));
        if (item.vendor() != null && !item.vendor().isBlank()) {
            text.append(" \u00b7 ").append(item.vendor());
        }
        return text.append(" \u00b7 ")
                .append(words.get(item.thirdParty() ? "party.third" : "party.first"))
                .toString();
    }

    private static String confidence(double confidence) {
        return confidence >= 0.995 ? "" : " (" + Math.round(confidence * 100) + "%)";
    }
}
