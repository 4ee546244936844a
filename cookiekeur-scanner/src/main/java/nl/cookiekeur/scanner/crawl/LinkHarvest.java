package nl.cookiekeur.scanner.crawl;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the candidate pages of a site from the loaded start page: its links, and the pages its
 * {@code /sitemap.xml} lists ({@link SitemapLookup}, read by {@link SitemapParser}). Bounded in count, size and
 * time; never throws.
 *
 * @param links the absolute URLs of the page's links, in document order
 * @param sitemap the same-site page URLs listed in the sitemap (or the sitemaps of its index), entities decoded
 */
public record LinkHarvest(List<String> links, List<String> sitemap) {
    static final String SCRIPT = """
            async () => {
              const links = Array.from(document.querySelectorAll('a[href]')).slice(0, 2000)
                .map(a => a.href).filter(h => typeof h === 'string' && h.length < 2048);
              return links;
            }
            """;

    public LinkHarvest {
        links = List.copyOf(links);
        sitemap = List.copyOf(sitemap);
    }

    /** Harvests the loaded page; an empty harvest when the page cannot be read. */
    public static LinkHarvest of(Page page) {
        try {
            Object result = page.evaluate(SCRIPT);
            return new LinkHarvest(strings(result), SitemapLookup.pages(page));
        } catch (PlaywrightException e) {
            // a page that navigated away or crashed has no links to give
        }
        return new LinkHarvest(List.of(), List.of());
    }

    private static List<String> strings(@Nullable Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String text) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
