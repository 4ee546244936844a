package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.PageProbe;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.scanner.browser.QuietProbe;
import nl.cookiekeur.scanner.crawl.CrawlPlan;
import nl.cookiekeur.scanner.crawl.CrawlPlanner;
import nl.cookiekeur.scanner.crawl.LinkHarvest;
import nl.cookiekeur.scanner.network.CookieJar;
import nl.cookiekeur.scanner.network.CookieTracker;
import nl.cookiekeur.scanner.network.HttpCookieSetter;
import nl.cookiekeur.scanner.network.NetworkRecorder;
import nl.cookiekeur.scanner.page.PageInstruments;
import nl.cookiekeur.scanner.page.PageObservations;
import nl.cookiekeur.scanner.statement.Statements;
import org.jspecify.annotations.Nullable;

/**
 * Runs one job in a fresh browser profile: visits the pages of the phase, makes the phase's consent choice
 * through the {@link BannerOperator}, and records requests, cookies, page observations and screenshots.
 * One bad page never ends the job; only an unreachable start page in the discovering job ends the scan.
 */
final class PhaseRunner {
    private static final int MAX_TITLE = 300;

    private final BrowserEngine engine;
    private final BrowserSettings settings;
    private final ScanRun run;
    private final BannerOperator banners;
    private final PageInstruments instruments;

    PhaseRunner(
            BrowserEngine engine,
            BrowserSettings settings,
            ScanRun run,
            BannerOperator banners,
            PageInstruments instruments) {
        this.engine = engine;
        this.settings = settings;
        this.run = run;
        this.banners = banners;
        this.instruments = instruments;
    }

    /** Runs the job; returns what it recorded. */
    PhaseRecord run(ScanJob job) throws ScanFailedException, ScanAbortedException, BrowserStartException {
        PhaseRecord record = new PhaseRecord(job.phase());
        try (PhaseBrowser browser = engine.open(settings)) {
            new Job(job, record, browser).run();
        }
        return record;
    }

    /** The state of one running job. */
    private final class Job {
        private final ScanJob job;
        private final Phase phase;
        private final PhaseRecord record;
        private final PhaseBrowser browser;
        private final CookieTracker tracker = new CookieTracker();
        private final Settler settler;
        private final EvidenceScreenshots shots;
        private final List<NetworkRecorder> recorders = new ArrayList<>();
        private TabSession tab;
        private String current;
        private int order;
        private int planned = 1;

        Job(ScanJob job, PhaseRecord record, PhaseBrowser browser) {
            this.job = job;
            this.phase = job.phase();
            this.record = record;
            this.browser = browser;
            this.settler = new Settler(run.limits, tracker);
            this.shots = new EvidenceScreenshots(run.evidenceDir, record, run.screenshots, run.limits.maxScreenshots());
            this.current = run.startUrl;
            browser.reportTo((kind, message) -> record.problem(current, kind, message));
            browser.context().addInitScript(QuietProbe.initScript());
            String instrumentsScript = PageInstruments.initScript();
            if (!instrumentsScript.isEmpty()) {
                browser.context().addInitScript(instrumentsScript);
            }
            this.tab = openTab();
        }

        void run() throws ScanFailedException, ScanAbortedException {
            if (job.deepEntry()) {
                deepEntry();
            } else {
                switch (phase) {
                    case INITIAL -> initial();
                    case REJECT -> reject();
                    case ACCEPT -> accept();
                    case WITHDRAW -> withdraw();
                }
            }
            finish();
        }

        private void initial() throws ScanFailedException, ScanAbortedException {
            start(true);
            observeBanner(false);
            collect();
            if (!browser.crashed(tab.page()) && !run.overBudget()) {
                step("verklaringen lezen");
                record.statements.addAll(
                        Statements.read(tab.page(), browser::newTab, run.site, run.pageDeadline(), record::problem));
            }
            visitOthers(true);
        }

        private void deepEntry() throws ScanAbortedException {
            CrawlPlan plan = run.awaitPlan();
            String deep = plan.deepEntry();
            if (deep == null) {
                return;
            }
            visit(deep, true, true);
            observeBanner(false);
            collect();
        }

        private void reject() throws ScanFailedException, ScanAbortedException {
            start(false);
            boolean seen = observeBanner(true);
            step("weigeren");
            ConsentChoice choice = chooseIfBanner(seen, () -> banners.reject(tab.page(), phase, current, shots));
            record.choices.add(choice);
            settle();
            collect();
            if (choice.outcome() != ChoiceOutcome.NO_BANNER) {
                // Reload: does the refusal hold, and does the banner stay away? Without a banner nothing changed.
                visit(run.startUrl, false, true);
                observeBanner(false);
                collect();
            } else {
                settler.scroll(tab, run.pageDeadline());
                settle();
                collect();
            }
            visitOthers(false);
        }

        private void accept() throws ScanFailedException, ScanAbortedException {
            start(false);
            boolean seen = observeBanner(false);
            step("accepteren");
            record.choices.add(chooseIfBanner(seen, () -> banners.accept(tab.page(), phase, current, shots)));
            settle();
            settler.scroll(tab, run.pageDeadline());
            settle();
            collect();
            visitOthers(false);
        }

        private void withdraw() throws ScanFailedException, ScanAbortedException {
            start(false);
            step("accepteren");
            ConsentChoice accepted = choose(() -> banners.accept(tab.page(), phase, current, shots));
            if (accepted.outcome() != ChoiceOutcome.MADE) {
                record.choices.add(new ConsentChoice(
                        phase,
                        current,
                        accepted.outcome(),
                        accepted.layer(),
                        accepted.steps(),
                        accepted.interactions(),
                        accepted.screenshot(),
                        "accepteren lukte niet, dus er viel niets in te trekken"
                                + (accepted.note().isEmpty() ? "" : ": " + accepted.note())));
                collect();
                return;
            }
            settle();
            collect();
            step("intrekken");
            record.choices.add(choose(() -> banners.withdraw(tab.page(), phase, current, shots)));
            settle();
            collect();
            visit(run.startUrl, false, true);
            collect();
        }

        /**
         * Visits the start page; the discovering job plans the crawl from it or ends the scan when it is
         * unreachable. Another job that finds the start page unreachable waits for that verdict instead of
         * operating an error page: it ends with the scan, or goes on when the page loaded for the first job.
         */
        private void start(boolean scroll) throws ScanFailedException, ScanAbortedException {
            PageVisit visit = visit(run.startUrl, false, scroll);
            boolean unreachable = visit.failed() && visit.status() == 0 && unreachable();
            if (!job.discovers()) {
                if (unreachable) {
                    run.awaitPlan();
                }
                return;
            }
            if (unreachable) {
                ScanFailedException failure = new ScanFailedException(Unreachable.message(run.startUrl, visit.error()));
                run.plan.completeExceptionally(failure);
                throw failure;
            }
            CrawlPlan plan = CrawlPlan.startOnly(run.startUrl);
            if (run.request.pages() > 1) {
                step("pagina's zoeken");
                LinkHarvest harvest =
                        tab.page().isClosed() ? new LinkHarvest(List.of(), List.of()) : LinkHarvest.of(tab.page());
                plan = CrawlPlanner.plan(run.startUrl, harvest.links(), harvest.sitemap(), run.request.pages());
            }
            run.plan.complete(plan);
        }

        private boolean unreachable() {
            String url = safeUrl(tab.page());
            return url.isEmpty() || url.startsWith("about:") || url.startsWith("chrome-error:");
        }

        private void visitOthers(boolean skipDeepEntry) throws ScanAbortedException {
            CrawlPlan plan = run.awaitPlan();
            planned = plan.size();
            for (String other : plan.others()) {
                if (run.overBudget()) {
                    record.problem(other, "budget", "tijdsbudget van de scan op; pagina niet bezocht");
                    continue;
                }
                if (skipDeepEntry && other.equals(plan.deepEntry())) {
                    continue;
                }
                visit(other, false, true);
                collect();
            }
        }

        private PageVisit visit(String url, boolean deep, boolean scroll) {
            if (browser.crashed(tab.page()) || tab.page().isClosed()) {
                tab = openTab();
            }
            order++;
            current = url;
            shots.visiting(url);
            tab.recorder().visiting(url);
            tab.resetNavigations();
            step("laden");
            long deadline = run.pageDeadline();
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Page page = tab.page();
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
                error = "timeout: het document laadde niet binnen de tijd";
                record.problem(url, "timeout", error);
            } catch (PlaywrightException e) {
                error = EvidenceScreenshots.firstLine(e.getMessage());
                record.problem(url, browser.crashed(page) ? "crash" : "navigation", error);
            }
            if (!browser.crashed(page) && !unreachable()) {
                try {
                    page.waitForLoadState(
                            LoadState.LOAD,
                            new Page.WaitForLoadStateOptions().setTimeout(Math.min(5000, millisUntil(deadline))));
                } catch (PlaywrightException e) {
                    // slow sub-resources: the settle below decides
                }
                settler.settle(tab, url, deadline);
                if (scroll) {
                    step("scrollen");
                    settler.scroll(tab, deadline);
                    settler.settle(tab, url, deadline);
                }
            }
            if (tab.navigations() > run.limits.maxNavigations()) {
                tab.recorder().stopLoading();
                record.problem(
                        url,
                        "redirect-loop",
                        "de pagina bleef doorsturen (" + tab.navigations() + " navigaties); laden gestopt");
                if (error.isEmpty()) {
                    error = "redirect-loop";
                }
            }
            if (!page.isClosed() && !browser.crashed(page) && !PageProbe.responsive(page, 2000)) {
                // A busy loop: the tab no longer answers; close it (the next visit opens a fresh one).
                record.problem(
                        url, "unresponsive", "de pagina reageert niet meer (vastgelopen script); tabblad gesloten");
                if (error.isEmpty()) {
                    error = "unresponsive: de pagina reageert niet meer";
                }
                closeQuietly(page);
            }
            if (browser.crashed(page) && error.isEmpty()) {
                error = "crash: het tabblad is gecrasht";
            }
            PageVisit visit = new PageVisit(
                    phase,
                    order,
                    url,
                    safeUrl(page),
                    cut(safeEval(page, "document.title"), MAX_TITLE),
                    cut(safeEval(page, "document.documentElement ? document.documentElement.lang || '' : ''"), 35),
                    status,
                    deep,
                    started,
                    (System.nanoTime() - t0) / 1_000_000,
                    error);
            record.visits.add(visit);
            return visit;
        }

        /** Observes the banner; returns whether one was found (true when it could not be looked at). */
        private boolean observeBanner(boolean openSettings) {
            if (browser.crashed(tab.page()) || tab.page().isClosed()) {
                return true;
            }
            step("banner zoeken");
            try {
                BannerObservation observation = banners.observe(tab.page(), phase, current, openSettings, shots);
                record.banners.add(observation);
                return observation.found();
            } catch (RuntimeException e) {
                record.problem(
                        current, "banner", "banner niet te bekijken: " + EvidenceScreenshots.firstLine(e.getMessage()));
                return true;
            }
        }

        /**
         * The choice through the operator, unless the observation just before (which already waited for a
         * banner to appear) found none: then no second search, and the choice is recorded as NO_BANNER.
         */
        private ConsentChoice chooseIfBanner(boolean bannerSeen, Supplier<ConsentChoice> choice) {
            if (!bannerSeen) {
                return new ConsentChoice(
                        phase,
                        current,
                        ChoiceOutcome.NO_BANNER,
                        0,
                        List.of(),
                        0,
                        null,
                        "geen banner gevonden op de pagina");
            }
            return choose(choice);
        }

        private ConsentChoice choose(Supplier<ConsentChoice> choice) {
            if (browser.crashed(tab.page()) || tab.page().isClosed()) {
                return new ConsentChoice(
                        phase, current, ChoiceOutcome.FAILED, 0, List.of(), 0, null, "tabblad gecrasht");
            }
            try {
                return choice.get();
            } catch (RuntimeException e) {
                String note = EvidenceScreenshots.firstLine(e.getMessage());
                record.problem(current, "banner", "keuze mislukt: " + note);
                return new ConsentChoice(phase, current, ChoiceOutcome.FAILED, 0, List.of(), 0, null, note);
            }
        }

        private void settle() {
            if (!browser.crashed(tab.page()) && !tab.page().isClosed()) {
                settler.settle(tab, current, run.pageDeadline());
            }
        }

        private void collect() {
            if (browser.crashed(tab.page()) || tab.page().isClosed()) {
                return;
            }
            try {
                PageObservations observations = instruments.collect(tab.page(), phase, current);
                record.add(observations, current);
            } catch (RuntimeException e) {
                record.problem(
                        current,
                        "instruments",
                        "pagina niet uit te lezen: " + EvidenceScreenshots.firstLine(e.getMessage()));
            }
            step("verzameld");
        }

        private void finish() {
            if (!browser.crashed(tab.page()) && !tab.page().isClosed()) {
                Settler.toTop(tab.page());
                shots.take(tab.page(), job.deepEntry() ? "deep-entry" : "after-phase");
            }
            if (tab.page().isClosed() || browser.crashed(tab.page())) {
                tab = openTab(); // the jar belongs to the profile, so any live tab can read it
            }
            List<HttpCookieSetter> setters = new ArrayList<>();
            for (NetworkRecorder recorder : recorders) {
                setters.addAll(recorder.cookieSetters());
            }
            record.cookies.addAll(tracker.finish(
                    phase, CookieJar.read(tab.recorder().pageSession()), current, setters, record.scriptSetters));
            for (NetworkRecorder recorder : recorders) {
                record.requests.addAll(recorder.requests(phase, run.site));
                recorder.detach();
            }
            step("klaar");
        }

        private TabSession openTab() {
            Page page = browser.tab();
            NetworkRecorder recorder = NetworkRecorder.attach(
                    browser.context(), page, run.limits.documentByteCap(), line -> problemLine(line));
            recorders.add(recorder);
            return new TabSession(page, recorder);
        }

        private void problemLine(String line) {
            int tabAt = line.indexOf('\t');
            record.problem(current, tabAt < 0 ? "network" : line.substring(0, tabAt), line.substring(tabAt + 1));
        }

        private void step(String activity) {
            int requests = 0;
            int thirdParties = 0;
            for (NetworkRecorder recorder : recorders) {
                requests += recorder.requestCount();
                thirdParties += recorder.thirdPartyHosts(run.site);
            }
            run.step(
                    phase,
                    Math.min(order, Math.max(order, planned)),
                    Math.max(planned, order),
                    current,
                    activity,
                    tracker.count(),
                    record.storage.size(),
                    requests,
                    thirdParties);
        }
    }

    private static int millisUntil(long deadlineNanos) {
        return (int) Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
    }

    private static void closeQuietly(Page page) {
        try {
            page.close();
        } catch (PlaywrightException e) {
            // gone already
        }
    }

    private static String safeUrl(Page page) {
        try {
            return page.url();
        } catch (PlaywrightException e) {
            return "";
        }
    }

    private static String safeEval(Page page, String expression) {
        if (page.isClosed()) {
            return "";
        }
        Object value = PageProbe.value(page, expression, 1000);
        return value instanceof String text ? text : "";
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static @Nullable String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
