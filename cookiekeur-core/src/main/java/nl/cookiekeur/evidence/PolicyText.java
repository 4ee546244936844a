package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;

/**
 * The text of a cookie or privacy statement the site links to, for comparing what it declares with what
 * was observed.
 *
 * @param linkedFrom the page (or banner) that links to it
 * @param url the statement's URL
 * @param kind {@code cookie} or {@code privacy}, by its link text and URL
 * @param title its title (untrusted, bounded)
 * @param text its visible text, bounded (untrusted)
 * @param tables the rows of tables in it, cells separated by tabs (cookie statements list cookies in tables)
 */
public record PolicyText(String linkedFrom, String url, String kind, String title, String text, List<String> tables) {

    public PolicyText {
        Objects.requireNonNull(linkedFrom, "linkedFrom");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        tables = List.copyOf(tables);
    }
}
