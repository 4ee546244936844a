package nl.cookiekeur.scanner.statement;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * Finds the links to the site's cookie statement and privacy statement on a loaded page: in the main frame,
 * in open shadow roots (banners often live there) and in its frames (a banner in an iframe). Only http(s)
 * links to the same site count; at most one cookie statement and one privacy statement, the best named
 * first. Bounded (20 frames, 400 links per frame, 1.5 s per frame, 5 s in all) and never throws for page behaviour.
 */
public final class StatementFinder {
    static final int MAX_FRAMES = 20;
    static final int MAX_LINKS_PER_FRAME = 400;
    private static final int MAX_TEXT = 200;
    private static final double FRAME_TIMEOUT_MS = 1500;
    private static final long TOTAL_NANOS = 5_000_000_000L;

    private static final String LINKS_SCRIPT = "(() => { const out = []; const seen = new Set(); "
            + "const visit = (root, depth) => { if (depth > 8 || out.length >= " + MAX_LINKS_PER_FRAME + ") return; "
            + "for (const a of root.querySelectorAll('a[href], area[href]')) { "
            + "if (out.length >= " + MAX_LINKS_PER_FRAME + ") break; "
            + "const href = a.href; if (typeof href !== 'string' || href.length > 2048) continue; "
            + "let text = String(a.innerText || a.textContent || '').trim(); "
            + "if (!text) text = String(a.getAttribute('aria-label') || a.getAttribute('title') || '').trim(); "
            + "text = text.slice(0, " + MAX_TEXT + "); const key = href + '\\n' + text; "
            + "if (seen.has(key)) continue; seen.add(key); out.push([href, text]); } "
            + "let n = 0; for (const el of root.querySelectorAll('*')) { if (++n > 20000) break; "
            + "if (el.shadowRoot) visit(el.shadowRoot, depth + 1); } }; "
            + "visit(document, 0); return out; })()";

    private StatementFinder() {}

    /**
     * The statement links on the page, cookie statement first; empty when there are none or the page does
     * not answer.
     *
     * @param page the loaded start page
     * @param site the scanned site's registrable domain; links elsewhere are ignored
     */
    public static List<StatementLink> find(Page page, String site) {
        List<Candidate> candidates = new ArrayList<>();
        try {
            if (page.isClosed()) {
                return List.of();
            }
            String pageUrl = withoutFragment(page.url());
            int frames = 0;
            long deadline = System.nanoTime() + TOTAL_NANOS;
            for (Frame frame : page.frames()) {
                long left = deadline - System.nanoTime();
                if (frames++ >= MAX_FRAMES || left <= 0) {
                    break;
                }
                String frameUrl = frame.parentFrame() == null ? pageUrl : withoutFragment(frame.url());
                Object raw = FrameValue.of(frame, LINKS_SCRIPT, Math.min(FRAME_TIMEOUT_MS, left / 1_000_000.0));
                if (raw instanceof List<?> links) {
                    for (Object link : links) {
                        if (link instanceof List<?> pair
                                && pair.size() == 2
                                && pair.get(0) instanceof String href
                                && pair.get(1) instanceof String text) {
                            candidates.add(new Candidate(frameUrl, href, text));
                        }
                    }
                }
            }
            return choose(candidates, pageUrl, site);
        } catch (PlaywrightException e) {
            return choose(candidates, "", site);
        }
    }

    /** A raw link as the page reported it. */
    record Candidate(String linkedFrom, String href, String text) {}

    /** The best cookie link and the best privacy link among the candidates (document order breaks ties). */
    static List<StatementLink> choose(List<Candidate> candidates, String pageUrl, String site) {
        StatementLink cookie = null;
        StatementLink privacy = null;
        int cookieScore = 0;
        int privacyScore = 0;
        for (Candidate candidate : candidates) {
            URI uri = sameSiteHttp(candidate.href(), site);
            if (uri == null) {
                continue;
            }
            String url = withoutFragment(uri.toString());
            if (url.equals(pageUrl) || url.equals(candidate.linkedFrom())) {
                continue; // "#", a settings button dressed as a link
            }
            StatementKind.Match match =
                    StatementKind.of(candidate.text(), uri.getRawPath() == null ? "" : uri.getRawPath());
            StatementLink link = new StatementLink(candidate.linkedFrom(), url, match.kind(), candidate.text());
            if (match.kind().equals(StatementKind.COOKIE) && match.score() > cookieScore) {
                cookie = link;
                cookieScore = match.score();
            } else if (match.kind().equals(StatementKind.PRIVACY) && match.score() > privacyScore) {
                privacy = link;
                privacyScore = match.score();
            }
        }
        List<StatementLink> chosen = new ArrayList<>(2);
        if (cookie != null) {
            chosen.add(cookie);
        }
        if (privacy != null && (cookie == null || !cookie.url().equals(privacy.url()))) {
            chosen.add(privacy);
        }
        return List.copyOf(chosen);
    }

    private static @Nullable URI sameSiteHttp(String href, String site) {
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return RegistrableDomain.siteOf(uri.getHost()).equals(site) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
