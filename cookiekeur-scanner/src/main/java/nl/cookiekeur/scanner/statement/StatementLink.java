package nl.cookiekeur.scanner.statement;

import java.util.Objects;

/**
 * A link to one of the site's statements, chosen by {@link StatementFinder}.
 *
 * @param linkedFrom the page or frame the link was found in
 * @param url the statement's absolute URL, without fragment
 * @param kind {@code cookie} or {@code privacy}
 * @param text the link's text (untrusted, bounded)
 */
public record StatementLink(String linkedFrom, String url, String kind, String text) {

    public StatementLink {
        Objects.requireNonNull(linkedFrom, "linkedFrom");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
