package nl.cookiekeur.scanner.crawl;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the candidate pages of a site from the loaded start page: its links, and the {@code <loc>} entries of
 * {@code /sitemap.xml} fetched from inside the page (so host-resolver rules and certificates apply as for the
 * page itself). Bounded in count, size and time; never throws.
 *
 * @param links the absolute URLs of the page's links, in document order
 * @param sitemap the URLs listed in the sitemap
 */
public record LinkHarvest(List<String> links, List<String> sitemap) {
    static final String SCRIPT = """
            async () => {
              const links = Array.from(document.querySelectorAll('a[href]')).slice(0, 2000)
                .map(a => a.href).filter(h => typeof h === 'string' && h.length < 2048);
              let sitemap = [];
              const control = new AbortController();
              const timer = setTimeout(() => control.abort(), 3000);
              try {
                const response = await fetch('/sitemap.xml#cookiekeur-lookup', { signal: control.signal, credentials: 'omit' });
                if (response.ok) {
                  const text = (await response.text()).slice(0, 500000);
                  sitemap = Array.from(text.matchAll(/<loc>\\s*([^<\\s]+)\\s*<\\/loc>/g)).slice(0, 2000)
                    .map(m => m[1].replace(/&amp;/g, '&'));
                }
              } catch (e) {
                // no sitemap
              } finally {
                clearTimeout(timer);
              }
              return { links, sitemap };
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
            if (result instanceof Map<?, ?> map) {
                return new LinkHarvest(strings(map.get("links")), strings(map.get("sitemap")));
            }
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
