package nl.cookiekeur.scanner.crawl;

import java.util.List;

/**
 * One parsed sitemap document.
 *
 * @param index whether it is a {@code <sitemapindex>} (its locations are further sitemaps) rather than a
 *     {@code <urlset>} (its locations are pages)
 * @param locations the same-site http(s) {@code <loc>} values, entities decoded, in document order
 * @param truncated whether the parser stopped at its location limit before the end of the document
 */
public record Sitemap(boolean index, List<String> locations, boolean truncated) {
    public Sitemap {
        locations = List.copyOf(locations);
    }
}
