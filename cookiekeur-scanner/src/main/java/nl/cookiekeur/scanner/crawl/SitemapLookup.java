package nl.cookiekeur.scanner.crawl;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.cookiekeur.scanner.network.NetworkRecorder;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * Fetches the site's {@code /sitemap.xml} from inside the loaded page (so host-resolver rules and certificates
 * apply as for the page itself) and reads it with {@link SitemapParser}; for a sitemap index, the first
 * {@link #MAX_CHILD_SITEMAPS} listed sitemaps are fetched and read too (one level; an index inside an index is
 * not followed). Bounded in bytes, count and time; a missing or unreadable sitemap gives no pages.
 */
final class SitemapLookup {
    /** The most sitemaps of an index that are fetched. */
    static final int MAX_CHILD_SITEMAPS = 5;
    /** The most bytes read of one response, before decompression. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    static final String FETCH = """
            async ([urls, maxBytes]) => {
              const control = new AbortController();
              const timer = setTimeout(() => control.abort(), 3000);
              const one = async (url) => {
                try {
                  const response = await fetch(url, { signal: control.signal, credentials: 'omit' });
                  if (!response.ok || !response.body) {
                    return null;
                  }
                  const reader = response.body.getReader();
                  const chunks = [];
                  let size = 0;
                  while (size < maxBytes) {
                    const { done, value } = await reader.read();
                    if (done) break;
                    chunks.push(value);
                    size += value.length;
                  }
                  reader.cancel().catch(() => {});
                  let binary = '';
                  let used = 0;
                  for (const chunk of chunks) {
                    const part = chunk.subarray(0, Math.max(0, maxBytes - used));
                    used += part.length;
                    for (let i = 0; i < part.length; i += 8192) {
                      binary += String.fromCharCode.apply(null, part.subarray(i, i + 8192));
                    }
                  }
                  return btoa(binary);
                } catch (e) {
                  return null;
                }
              };
              try {
                return await Promise.all(urls.map(one));
              } finally {
                clearTimeout(timer);
              }
            }
            """;

    private SitemapLookup() {}

    /** The page URLs the site's sitemap lists, at most {@link SitemapParser#MAX_LOCATIONS}. */
    static List<String> pages(Page page) {
        String site = RegistrableDomain.ofUrl(page.url());
        List<Sitemap> roots = fetch(page, List.of("/sitemap.xml"), site);
        if (roots.isEmpty()) {
            return List.of();
        }
        Sitemap root = roots.getFirst();
        if (!root.index()) {
            return root.locations();
        }
        List<String> children = root.locations()
                .subList(0, Math.min(MAX_CHILD_SITEMAPS, root.locations().size()));
        List<String> pages = new ArrayList<>();
        for (Sitemap child : fetch(page, children, site)) {
            if (!child.index()) {
                pages.addAll(child.locations());
            }
        }
        return pages.subList(0, Math.min(SitemapParser.MAX_LOCATIONS, pages.size()));
    }

    private static List<Sitemap> fetch(Page page, List<String> urls, String site) {
        List<String> lookups = urls.stream().map(SitemapLookup::lookup).toList();
        List<Sitemap> sitemaps = new ArrayList<>();
        try {
            if (page.evaluate(FETCH, List.of(lookups, MAX_BODY_BYTES)) instanceof List<?> bodies) {
                for (Object body : bodies) {
                    if (body instanceof String base64) {
                        readInto(sitemaps, Base64.getDecoder().decode(base64), site);
                    }
                }
            }
        } catch (PlaywrightException e) {
            // a page that navigated away or crashed has no sitemap to give
        }
        return sitemaps;
    }

    private static void readInto(List<Sitemap> sitemaps, byte[] body, String site) {
        try {
            sitemaps.add(SitemapParser.parse(body, site));
        } catch (SitemapFormatException e) {
            // a sitemap that is no sitemap lists no pages; the links of the start page still count
        }
    }

    /** The URL without its fragment, marked as the scanner's own look-up so the network recorder skips it. */
    private static String lookup(String url) {
        int hash = url.indexOf('#');
        return (hash < 0 ? url : url.substring(0, hash)) + NetworkRecorder.LOOKUP_FRAGMENT;
    }
}
