package nl.cookiekeur.scanner.crawl;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The pages a scan visits: the start page and further pages of the same site.
 *
 * @param start the start page
 * @param others further pages, in visiting order (never the start page)
 * @param deepEntry the page entered directly in a fresh profile in the initial phase (one of {@code others},
 *     the one deepest in the site), {@code null} when there are no others
 */
public record CrawlPlan(
        String start, List<String> others, @Nullable String deepEntry) {

    public CrawlPlan {
        Objects.requireNonNull(start, "start");
        others = List.copyOf(others);
        if (deepEntry != null && !others.contains(deepEntry)) {
            throw new IllegalArgumentException("the deep entry page must be one of the others");
        }
    }

    /** A plan with only the start page. */
    public static CrawlPlan startOnly(String start) {
        return new CrawlPlan(start, List.of(), null);
    }

    /** The number of pages, start page included. */
    public int size() {
        return 1 + others.size();
    }
}
