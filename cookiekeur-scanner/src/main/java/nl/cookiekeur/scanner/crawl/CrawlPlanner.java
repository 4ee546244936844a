package nl.cookiekeur.scanner.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the pages to visit from the links on the start page and the site's {@code sitemap.xml}: pages of
 * the same site (registrable domain) over http(s), no files or log-out links, each once, up to a budget.
 * The page with the most path segments becomes the deep entry page.
 */
public final class CrawlPlanner {
    private static final Pattern FILE = Pattern.compile(
            ".*\\.(pdf|jpe?g|png|gif|webp|svg|ico|zip|gz|rar|7z|exe|dmg|msi|mp3|mp4|avi|mov|docx?|xlsx?|pptx?|csv|xml|json|txt|css|js)$");
    private static final Pattern LOGOUT = Pattern.compile(".*(log-?out|sign-?out|uitloggen|afmelden).*");
    private static final int MAX_CANDIDATES = 4000;

    private CrawlPlanner() {}

    /**
     * The plan for a scan of at most {@code pages} pages (start page included); links come first in document
     * order, then sitemap entries.
     */
    public static CrawlPlan plan(String start, List<String> links, List<String> sitemap, int pages) {
        if (pages <= 1) {
            return CrawlPlan.startOnly(start);
        }
        String site = RegistrableDomain.ofUrl(start);
        String startKey = normalise(start);
        Set<String> chosen = new LinkedHashSet<>();
        int looked = 0;
        for (List<String> source : List.of(links, sitemap)) {
            for (String link : source) {
                if (chosen.size() >= pages - 1 || ++looked > MAX_CANDIDATES) {
                    break;
                }
                String page = normalise(link);
                if (page != null && !page.equals(startKey) && acceptable(page, site)) {
                    chosen.add(page);
                }
            }
        }
        List<String> others = new ArrayList<>(chosen);
        return new CrawlPlan(start, others, deepest(others));
    }

    private static boolean acceptable(String url, String site) {
        URI uri = Urls.parseOrNull(url);
        if (uri == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http"))
                && RegistrableDomain.ofUrl(url).equals(site)
                && !FILE.matcher(path).matches()
                && !LOGOUT.matcher(path).matches();
    }

    /** The URL without its fragment, or {@code null} when it does not parse or is too long. */
    static @Nullable String normalise(String url) {
        if (url.length() > 2048) {
            return null;
        }
        int hash = url.indexOf('#');
        String bare = hash < 0 ? url : url.substring(0, hash);
        URI uri = Urls.parseOrNull(bare);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? bare + "/" : bare;
    }

    private static @Nullable String deepest(List<String> pages) {
        String best = null;
        int depth = -1;
        for (String page : pages) {
            URI uri = Urls.parseOrBlank(page);
            String path = uri.getPath() == null ? "" : uri.getPath();
            int segments = (int) path.chars().filter(c -> c == '/').count() - (path.endsWith("/") ? 1 : 0);
            if (segments > depth) {
                best = page;
                depth = segments;
            }
        }
        return best;
    }
}
