package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import nl.cookiekeur.evidence.ScanNote;

/**
 * One fresh browser context, used for one phase: its tabs, with the guards that keep a hostile site in bounds
 * (dialogs dismissed, downloads refused, pop-ups closed, crashes noted). Closing it closes the context and then
 * releases what the engine tied to it (for a browser per phase: the browser's profile folder).
 */
public final class PhaseBrowser implements AutoCloseable {
    private static final int MAX_TEXT = 300;

    private final BrowserContext context;
    private final Runnable release;
    private final Set<Page> own = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Page> crashed = Collections.newSetFromMap(new IdentityHashMap<>());
    private ProblemSink problems = (kind, note) -> {};
    private boolean opening;

    PhaseBrowser(BrowserContext context, Runnable release) {
        this.context = context;
        this.release = release;
        context.onPage(this::onNewPage);
        for (Page page : context.pages()) {
            guard(page);
        }
    }

    /** The phase's browser context. */
    public BrowserContext context() {
        return context;
    }

    /** Where blocked behaviour is reported from now on. */
    public void reportTo(ProblemSink sink) {
        this.problems = sink;
    }

    /** The first open tab of the context, opening one when there is none. */
    public Page tab() {
        for (Page page : context.pages()) {
            if (own.contains(page) && !page.isClosed() && !crashed.contains(page)) {
                return page;
            }
        }
        return newTab();
    }

    /** Opens a new tab of the scanner's own (not treated as a pop-up). */
    public Page newTab() {
        opening = true;
        try {
            Page page = context.newPage();
            guard(page);
            return page;
        } finally {
            opening = false;
        }
    }

    /** Whether the tab's renderer crashed. */
    public boolean crashed(Page page) {
        return crashed.contains(page);
    }

    private void onNewPage(Page page) {
        if (opening || own.contains(page)) {
            return;
        }
        // A tab the site opened (window.open, target=_blank): note it and close it.
        problems.report("popup", ScanNote.of("problem.popup", cut(safeUrl(page))));
        try {
            page.close();
        } catch (PlaywrightException e) {
            // already closed
        }
    }

    private void guard(Page page) {
        if (!own.add(page)) {
            return;
        }
        page.onDialog(this::dismiss);
        page.onDownload(this::refuse);
        page.onCrash(p -> {
            crashed.add(p);
            problems.report("crash", ScanNote.of("problem.crash", cut(safeUrl(p))));
        });
    }

    private void dismiss(Dialog dialog) {
        problems.report("dialog", ScanNote.of("problem.dialog", dialog.type(), cut(dialog.message())));
        try {
            dialog.dismiss();
        } catch (PlaywrightException e) {
            // the page went away with its dialog
        }
    }

    private void refuse(Download download) {
        problems.report("download", ScanNote.of("problem.download", cut(download.url())));
        try {
            download.cancel();
        } catch (PlaywrightException e) {
            // nothing was being written
        }
    }

    private static String safeUrl(Page page) {
        try {
            return page.url();
        } catch (PlaywrightException e) {
            return "";
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** Closes the context (and a browser of its own) and releases what was tied to it; never throws. */
    @Override
    public void close() {
        try {
            context.close();
        } catch (PlaywrightException e) {
            // the browser is gone already
        } finally {
            release.run();
        }
    }
}
