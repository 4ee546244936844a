package nl.cookiekeur.scanner.crawl;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.PolicyText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cookie and privacy statements a page links to (for "declared versus observed"): the first link
 * whose text or address speaks of cookies, and the first that speaks of privacy, on the same origin, fetched
 * from inside the page (3 s, 1 MB each) and parsed with jsoup into title, visible text and table rows.
 * Bounded and never throws; cross-origin statements are not read (the browser would refuse the fetch).
 */
public final class StatementReader {
    static final int MAX_TEXT = 60_000;
    static final int MAX_ROWS = 500;
    static final int MAX_CELL = 300;

    static final String SCRIPT = """
            async () => {
              const pick = (test) => Array.from(document.querySelectorAll('a[href]')).slice(0, 3000)
                .find(a => a.origin === location.origin && test(((a.textContent || '') + ' ' + a.pathname).toLowerCase()));
              const cookie = pick(t => t.includes('cookie'));
              const privacy = pick(t => t.includes('privacy') || t.includes('gegevensbescherming') || t.includes('persoonsgegevens'));
              const out = [];
              for (const [kind, link] of [['cookie', cookie], ['privacy', privacy]]) {
                if (!link || out.some(o => o.url === link.href)) continue;
                const control = new AbortController();
                const timer = setTimeout(() => control.abort(), 3000);
                try {
                  const response = await fetch(link.href.split('#')[0] + '#cookiekeur-lookup',
                    { signal: control.signal, credentials: 'include' });
                  const type = response.headers.get('content-type') || '';
                  if (response.ok && type.includes('html')) {
                    out.push({ kind, url: link.href.split('#')[0], html: (await response.text()).slice(0, 1000000) });
                  }
                } catch (e) {
                  // not readable: left out
                } finally {
                  clearTimeout(timer);
                }
              }
              return out;
            }
            """;

    private StatementReader() {}

    /** The statements linked from the loaded page; empty when there are none or the page cannot be read. */
    public static List<PolicyText> read(Page page, String pageUrl) {
        Object result;
        try {
            result = page.evaluate(SCRIPT);
        } catch (PlaywrightException e) {
            return List.of();
        }
        List<PolicyText> statements = new ArrayList<>();
        if (result instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map
                        && map.get("kind") instanceof String kind
                        && map.get("url") instanceof String url
                        && map.get("html") instanceof String html) {
                    statements.add(parse(pageUrl, kind, url, html));
                }
            }
        }
        return statements;
    }

    /** Parses a statement's HTML into its title, visible text and table rows. */
    static PolicyText parse(String linkedFrom, String kind, String url, String html) {
        Document document = Jsoup.parse(html, url);
        document.select("script, style, noscript, template").remove();
        List<String> rows = new ArrayList<>();
        for (Element row : document.select("tr")) {
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.select("th, td")) {
                cells.add(cut(cell.text().replace('\t', ' '), MAX_CELL));
            }
            if (!cells.isEmpty()) {
                rows.add(String.join("\t", cells));
            }
        }
        return new PolicyText(
                linkedFrom,
                cut(url, 2048),
                kind,
                cut(document.title(), 300),
                cut(text(document.body()), MAX_TEXT),
                rows);
    }

    private static String text(@Nullable Element body) {
        return body == null ? "" : body.text();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
