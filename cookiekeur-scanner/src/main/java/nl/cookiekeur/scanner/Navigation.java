package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.text.Language;

/**
 * Loads one page in the job's tab: navigates (bounded by the navigation timeout and the page's deadline), waits
 * for {@code load} and a settled page, scrolls when asked, and stops a page that keeps redirecting or no longer
 * answers. Every failure is a problem and part of the returned {@link PageVisit}; nothing is thrown.
 */
final class Navigation {
    private static final int MAX_TITLE = 300;
    private static final int LOAD_WAIT_MILLIS = 5000;

    /** Where a page's problems go. */
    @FunctionalInterface
    interface Problems {
        void problem(String url, String kind, ScanNote note);
    }

    private final ScanRun run;
    private final TabHealth tabs;
    private final Settler settler;
    private final Problems problems;

    Navigation(ScanRun run, TabHealth tabs, Settler settler, Problems problems) {
        this.run = run;
        this.tabs = tabs;
        this.settler = settler;
        this.problems = problems;
    }

    /**
     * Visits {@code url} as the job's page number {@code order}.
     *
     * @param onScroll called before scrolling (for progress)
     * @param enough ends the wait after loading early, as soon as it says so (see {@link Settler})
     */
    PageVisit load(
            Phase phase,
            int order,
            String url,
            boolean deep,
            boolean scroll,
            Runnable onScroll,
            BooleanSupplier enough) {
        TabSession tab = tabs.current();
        Page page = tab.page();
        long deadline = run.pageDeadline();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        int status = 0;
        String error = "";
        try {
            Response response = page.navigate(
                    url,
                    new Page.NavigateOptions()
                            .setWaitUntil(WaitUntilState.DOMCONTENTLOADED)
                            .setTimeout(millisUntil(Math.min(
                                    deadline,
                                    System.nanoTime()
                                            + run.limits.navigationTimeout().toNanos()))));
            status = response == null ? 0 : response.status();
        } catch (TimeoutError e) {
            ScanNote note = ScanNote.of("problem.timeout");
            error = note.text(Language.DUTCH);
            problems.problem(url, "timeout", note);
        } catch (PlaywrightException e) {
            error = EvidenceScreenshots.firstLine(e.getMessage());
            problems.problem(url, tabs.crashed() ? "crash" : "navigation", ScanNote.of("problem.navigation", error));
        }
        if (!tabs.crashed() && !showsNoPage()) {
            try {
                page.waitForLoadState(
                        LoadState.LOAD,
                        new Page.WaitForLoadStateOptions()
                                .setTimeout(Math.min(LOAD_WAIT_MILLIS, millisUntil(deadline))));
            } catch (PlaywrightException e) {
                // slow sub-resources: the settle below decides
            }
            settler.settle(tab, url, deadline, enough);
            if (scroll) {
                onScroll.run();
                settler.scroll(tab, deadline);
                settler.settle(tab, url, deadline);
            }
        }
        if (tab.navigations() > run.limits.maxNavigations()) {
            tab.recorder().stopLoading();
            problems.problem(url, "redirect-loop", ScanNote.of("problem.redirect-loop", tab.navigations()));
            if (error.isEmpty()) {
                error = "redirect-loop";
            }
        }
        if (tabs.closedWhenFrozen()) {
            problems.problem(url, "unresponsive", ScanNote.of("problem.unresponsive"));
            if (error.isEmpty()) {
                error = "unresponsive: de pagina reageert niet meer";
            }
        }
        if (tabs.crashed() && error.isEmpty()) {
            error = "crash: het tabblad is gecrasht";
        }
        return new PageVisit(
                phase,
                order,
                url,
                Texts.url(page),
                Texts.cut(Texts.evaluate(page, "document.title"), MAX_TITLE),
                Texts.cut(
                        Texts.evaluate(page, "document.documentElement ? document.documentElement.lang || '' : ''"),
                        35),
                status,
                deep,
                started,
                (System.nanoTime() - t0) / 1_000_000,
                error);
    }

    /** Whether the tab shows no page of the site: nothing committed, or Chromium's own error page. */
    boolean showsNoPage() {
        String url = Texts.url(tabs.current().page());
        return url.isEmpty() || url.startsWith("about:") || url.startsWith("chrome-error:");
    }

    private static int millisUntil(long deadlineNanos) {
        return (int) Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }
}
