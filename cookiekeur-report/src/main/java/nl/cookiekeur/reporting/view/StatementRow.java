package nl.cookiekeur.reporting.view;

import nl.cookiekeur.classification.Category;

/**
 * One cookie or storage key in the draft cookie statement, in the statement's language.
 *
 * @param name the cookie name or storage key (untrusted)
 * @param type "cookie", "localStorage", … in words
 * @param provider who places it: the vendor, the other domain, or the site owner
 * @param purpose what it is for, from its category
 * @param category its category
 * @param retention how long it is kept, in words
 * @param party first or third party, in words
 * @param recipients who receives the data, in words (with a placeholder where only the owner knows)
 * @param kind {@code cookie} or {@code storage}
 * @param where the cookie domain or storage origin (untrusted)
 */
public record StatementRow(
        String name,
        String type,
        String provider,
        String purpose,
        Category category,
        String retention,
        String party,
        String recipients,
        String kind,
        String where) {}
