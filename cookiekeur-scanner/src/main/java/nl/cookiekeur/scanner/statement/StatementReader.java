package nl.cookiekeur.scanner.statement;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scanner.browser.PageProbe;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * Reads statements in new tabs of the scan's own browser context (so its host-resolver rules, certificate
 * handling and guards apply): the visible text and every table row as tab-separated cells, all bounded. A
 * statement that cannot be read (timeout, error status, too large, another site after redirects, not a web
 * page) becomes a problem, never an exception. Every tab it opens is closed again.
 */
public final class StatementReader {
    static final int MAX_TEXT = 200_000;
    static final int MAX_ROWS = 1000;
    static final int MAX_CELLS = 20;
    static final int MAX_CELL = 500;
    static final int MAX_TITLE = 300;
    static final long MAX_BYTES = 5_000_000;
    private static final double NAVIGATION_TIMEOUT_MS = 8000;
    private static final double SETTLE_TIMEOUT_MS = 3000;
    private static final double EXTRACT_TIMEOUT_MS = 3000;
    private static final int MAX_MESSAGE = 300;

    private static final String EXTRACT_SCRIPT = "(() => { "
            + "const clean = s => String(s || '').replace(/\\s+/g, ' ').trim().slice(0, " + MAX_CELL + "); "
            + "const body = document.body; "
            + "const text = body ? String(body.innerText || '').slice(0, " + MAX_TEXT + ") : ''; "
            + "const rows = []; for (const tr of document.querySelectorAll('tr')) { "
            + "if (rows.length >= " + MAX_ROWS + ") break; const cells = []; "
            + "for (const c of tr.children) { if (cells.length >= " + MAX_CELLS + ") break; "
            + "if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(clean(c.innerText || c.textContent)); } "
            + "if (cells.some(c => c)) rows.push(cells.join('\\t')); } "
            + "return { title: String(document.title || '').slice(0, " + MAX_TITLE
            + "), text: text, rows: rows }; })()";

    private final Supplier<Page> newTab;
    private final StatementProblems problems;

    /**
     * @param newTab opens a new tab in the scan's browser context
     * @param problems receives what went wrong
     */
    public StatementReader(Supplier<Page> newTab, StatementProblems problems) {
        this.newTab = newTab;
        this.problems = problems;
    }

    /** Reads the statements that can be read before the deadline ({@link System#nanoTime()}), in order. */
    public List<PolicyText> read(List<StatementLink> links, String site, long deadlineNanos) {
        List<PolicyText> texts = new ArrayList<>();
        for (StatementLink link : links) {
            double left = (deadlineNanos - System.nanoTime()) / 1_000_000.0;
            if (left < 500) {
                problems.problem(link.url(), "statement", ScanNote.of("problem.statement.time"));
                continue;
            }
            PolicyText text = readOne(link, site, left);
            if (text != null) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    private @Nullable PolicyText readOne(StatementLink link, String site, double leftMillis) {
        Page page;
        try {
            page = newTab.get();
        } catch (PlaywrightException e) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.tab", firstLine(e.getMessage())));
            return null;
        }
        try {
            return load(page, link, site, leftMillis);
        } catch (TimeoutError e) {
            problems.problem(link.url(), "timeout", ScanNote.of("problem.statement.timeout"));
            return null;
        } catch (PlaywrightException e) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.read", firstLine(e.getMessage())));
            return null;
        } finally {
            try {
                page.close();
            } catch (PlaywrightException e) {
                // gone already
            }
        }
    }

    private @Nullable PolicyText load(Page page, StatementLink link, String site, double leftMillis) {
        long started = System.nanoTime();
        Response response = page.navigate(
                link.url(),
                new Page.NavigateOptions()
                        .setWaitUntil(WaitUntilState.DOMCONTENTLOADED)
                        .setTimeout(Math.min(NAVIGATION_TIMEOUT_MS, leftMillis)));
        if (response == null) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.no-response"));
            return null;
        }
        if (response.status() >= 400) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.status", response.status()));
            return null;
        }
        Map<String, String> headers = response.headers();
        String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.startsWith("text/")) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.type", cut(type, 100)));
            return null;
        }
        if (tooLarge(headers.getOrDefault("content-length", ""))) {
            problems.problem(link.url(), "too-large", ScanNote.of("problem.statement.too-large", MAX_BYTES));
            return null;
        }
        String finalUrl = page.url();
        if (!RegistrableDomain.ofUrl(finalUrl).equals(site)) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.elsewhere", cut(finalUrl, 200)));
            return null;
        }
        double left = leftMillis - (System.nanoTime() - started) / 1_000_000.0;
        try {
            page.waitForLoadState(
                    LoadState.LOAD,
                    new Page.WaitForLoadStateOptions().setTimeout(Math.max(1, Math.min(SETTLE_TIMEOUT_MS, left))));
        } catch (PlaywrightException e) {
            // slow sub-resources: read what is there
        }
        Object raw = PageProbe.value(page, EXTRACT_SCRIPT, EXTRACT_TIMEOUT_MS);
        if (!(raw instanceof Map<?, ?> extracted)) {
            problems.problem(link.url(), "statement", ScanNote.of("problem.statement.text"));
            return null;
        }
        List<String> rows = new ArrayList<>();
        if (extracted.get("rows") instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof String cells && rows.size() < MAX_ROWS) {
                    rows.add(cut(cells, MAX_CELLS * (MAX_CELL + 1)));
                }
            }
        }
        return new PolicyText(
                link.linkedFrom(),
                finalUrl,
                link.kind(),
                cut(string(extracted.get("title")), MAX_TITLE),
                cut(string(extracted.get("text")), MAX_TEXT),
                rows);
    }

    private static boolean tooLarge(String contentLength) {
        try {
            return !contentLength.isBlank() && Long.parseLong(contentLength.strip()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String string(@Nullable Object value) {
        return value instanceof String text ? text : "";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "onbekende fout";
        }
        int newline = message.indexOf('\n');
        return cut(newline < 0 ? message : message.substring(0, newline), MAX_MESSAGE);
    }
}
