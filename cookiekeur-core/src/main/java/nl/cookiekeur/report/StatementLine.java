package nl.cookiekeur.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One cookie or storage key of a cookie statement, in one language, as the report's {@code cookieverklaring}
 * describes it.
 *
 * @param kind {@code cookie} or {@code storage}
 * @param name the cookie name or storage key (untrusted)
 * @param where the cookie domain or storage origin (untrusted)
 * @param type "cookie", "localStorage", … in words
 * @param provider who places it, in words (untrusted when it is another domain)
 * @param category the category's id ({@code necessary}, {@code analytics}, …)
 * @param categoryName the category in words
 * @param purpose what it is for, in words: the description an owner approves
 * @param retention how long it is kept, in words
 * @param party first or third party, in words
 */
public record StatementLine(
        String kind,
        String name,
        String where,
        String type,
        String provider,
        String category,
        String categoryName,
        String purpose,
        String retention,
        String party) {

    public StatementLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(party, "party");
    }

    /** What identifies it across scans and languages: {@code kind:name@domain} (domain without a leading dot). */
    public String key() {
        String domain = where.strip().toLowerCase(Locale.ROOT);
        return kind + ":" + name + "@" + (domain.startsWith(".") ? domain.substring(1) : domain);
    }

    /** The same line with another purpose text (the one the owner approved). */
    public StatementLine describedAs(String description) {
        return new StatementLine(
                kind, name, where, type, provider, category, categoryName, description, retention, party);
    }
}
