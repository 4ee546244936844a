package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.scanner.browser.PageProbe;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.scanner.browser.ProblemSink;
import nl.cookiekeur.scanner.network.HttpCookieSetter;
import nl.cookiekeur.scanner.network.NetworkRecorder;

/**
 * The tab of a job and its health: a crashed, closed or frozen tab is noticed and replaced by a new tab in the
 * same profile (so the cookie jar and storage stay), each tab with its own {@link NetworkRecorder}.
 */
final class TabHealth {
    private static final int RESPONSIVE_MILLIS = 2000;

    private final PhaseBrowser browser;
    private final long documentByteCap;
    private final ProblemSink networkProblems;
    private final List<NetworkRecorder> recorders = new ArrayList<>();
    private final List<HttpCookieSetter> inheritedSetters;
    private TabSession tab;

    TabHealth(PhaseBrowser browser, long documentByteCap, ProblemSink networkProblems) {
        this.browser = browser;
        this.documentByteCap = documentByteCap;
        this.networkProblems = networkProblems;
        this.inheritedSetters = List.of();
        this.tab = open();
    }

    private TabHealth(TabHealth before, ProblemSink networkProblems) {
        this.browser = before.browser;
        this.documentByteCap = before.documentByteCap;
        this.networkProblems = networkProblems;
        this.inheritedSetters = before.cookieSetters();
        Page page = before.tab.page();
        if (page.isClosed() || browser.crashed(page)) {
            this.tab = new TabSession(page, before.tab.recorder());
        } else {
            NetworkRecorder recorder =
                    NetworkRecorder.attach(browser.context(), page, documentByteCap, networkProblems);
            recorders.add(recorder);
            this.tab = new TabSession(page, recorder);
        }
    }

    /**
     * The tabs of a phase that goes on in this profile after this phase finished (its recorders detached): the same
     * tab, with a recorder of its own; the cookie setters seen so far stay known.
     */
    TabHealth continuedBy(ProblemSink networkProblems) {
        return new TabHealth(this, networkProblems);
    }

    /** The current tab, whatever its state. */
    TabSession current() {
        return tab;
    }

    /** The current tab, replaced first by a new one when it crashed or was closed. */
    TabSession live() {
        if (broken()) {
            tab = open();
        }
        return tab;
    }

    /** Whether the current tab crashed or was closed: nothing can be done with it. */
    boolean broken() {
        return crashed() || tab.page().isClosed();
    }

    boolean crashed() {
        return browser.crashed(tab.page());
    }

    /**
     * Whether the current tab, still open, no longer answers (a busy loop); such a tab is closed, and the next
     * {@link #live()} opens a new one.
     */
    boolean closedWhenFrozen() {
        Page page = tab.page();
        if (page.isClosed() || browser.crashed(page) || PageProbe.responsive(page, RESPONSIVE_MILLIS)) {
            return false;
        }
        try {
            page.close();
        } catch (PlaywrightException e) {
            // gone already
        }
        return true;
    }

    /** Requests and third-party hosts over all tabs so far, for progress. */
    int requestCount() {
        int requests = 0;
        for (NetworkRecorder recorder : recorders) {
            requests += recorder.requestCount();
        }
        return requests;
    }

    int thirdPartyHosts(String site) {
        int hosts = 0;
        for (NetworkRecorder recorder : recorders) {
            hosts += recorder.thirdPartyHosts(site);
        }
        return hosts;
    }

    /** The cookie setters seen in the responses of every tab. */
    List<HttpCookieSetter> cookieSetters() {
        List<HttpCookieSetter> setters = new ArrayList<>(inheritedSetters);
        for (NetworkRecorder recorder : recorders) {
            setters.addAll(recorder.cookieSetters());
        }
        return setters;
    }

    /** The requests of every tab; the recorders are detached. */
    List<ObservedRequest> finishRequests(Phase phase, String site) {
        List<ObservedRequest> requests = new ArrayList<>();
        for (NetworkRecorder recorder : recorders) {
            requests.addAll(recorder.requests(phase, site));
            recorder.detach();
        }
        return requests;
    }

    /** Opens a new tab in the profile. */
    Page newPage() {
        return browser.newTab();
    }

    private TabSession open() {
        Page page = browser.tab();
        NetworkRecorder recorder = NetworkRecorder.attach(browser.context(), page, documentByteCap, networkProblems);
        recorders.add(recorder);
        return new TabSession(page, recorder);
    }
}
