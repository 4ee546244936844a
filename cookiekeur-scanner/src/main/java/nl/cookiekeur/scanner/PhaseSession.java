package nl.cookiekeur.scanner;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.scan.ScanActivity;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scanner.ScanRun.ScanAbortedException;
import nl.cookiekeur.scanner.banner.BannerOperator;
import nl.cookiekeur.scanner.banner.BannerWatch;
import nl.cookiekeur.scanner.banner.ScreenshotTaker;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.scanner.browser.ProblemSink;
import nl.cookiekeur.scanner.browser.QuietProbe;
import nl.cookiekeur.scanner.crawl.CrawlPlan;
import nl.cookiekeur.scanner.crawl.CrawlPlanner;
import nl.cookiekeur.scanner.crawl.LinkHarvest;
import nl.cookiekeur.scanner.network.CookieJar;
import nl.cookiekeur.scanner.network.CookieTracker;
import nl.cookiekeur.scanner.page.BehaviourWatch;
import nl.cookiekeur.scanner.page.PageInstruments;
import nl.cookiekeur.scanner.statement.Statements;

/**
 * One job in its browser profile, with the steps a {@link VisitScript} is made of: visit a page, observe the
 * banner, make a choice, settle, collect what the instruments saw. Every step records its problems and goes on;
 * only the start page of the discovering job can end the scan.
 */
final class PhaseSession {
    private final ScanRun run;
    private final ScanJob job;
    private final Phase phase;
    private final PhaseRecord record;
    private final BannerOperator banners;
    private final PageInstruments instruments;
    private final BehaviourWatch behaviours = new BehaviourWatch();
    private final CookieTracker tracker = new CookieTracker();
    private final Settler settler;
    private final EvidenceScreenshots shots;
    private final TabHealth tabs;
    private final Navigation navigation;
    private final BannerWatch watch;
    private final PhaseBrowser browser;
    private String current;
    private int order;
    private int planned = 1;

    PhaseSession(
            ScanRun run,
            ScanJob job,
            PhaseRecord record,
            PhaseBrowser browser,
            BannerOperator banners,
            PageInstruments instruments) {
        this.run = run;
        this.job = job;
        this.phase = job.phase();
        this.record = record;
        this.banners = banners;
        this.instruments = instruments;
        this.settler = new Settler(run.limits, tracker);
        this.shots = new EvidenceScreenshots(run.evidenceDir, record, run.screenshots, run.limits.maxScreenshots());
        this.current = run.startUrl;
        this.browser = browser;
        browser.reportTo((kind, note) -> record.problem(current, kind, note));
        browser.context().addInitScript(QuietProbe.initScript());
        String instrumentsScript = PageInstruments.initScript();
        if (!instrumentsScript.isEmpty()) {
            browser.context().addInitScript(instrumentsScript);
        }
        browser.context().addInitScript(BehaviourWatch.initScript());
        this.watch = new BannerWatch(phase, shots);
        watch.install(browser.context());
        this.tabs = new TabHealth(
                browser, run.limits.documentByteCap(), (kind, note) -> record.problem(current, kind, note));
        this.navigation = new Navigation(run, tabs, settler, record::problem);
    }

    /**
     * A session for the withdraw phase that goes on in this (accept) session's profile and tab, on the page it
     * left, with a record, cookie tracker, network recorder and screenshots of its own. Call after this session's
     * {@link #finish()}. The new tracker reads the cookie jar at once, so every cookie the accept left counts as
     * present before the withdrawal (and as removed when the withdrawal deletes it); the Set-Cookie lifetimes the
     * accept phase's responses asked for stay known.
     */
    PhaseSession continueAs(PhaseRecord next) {
        return new PhaseSession(this, next);
    }

    private PhaseSession(PhaseSession accepted, PhaseRecord next) {
        this.run = accepted.run;
        this.job = accepted.job.withdrawal();
        this.phase = next.phase;
        this.record = next;
        this.banners = accepted.banners;
        this.instruments = accepted.instruments;
        this.settler = new Settler(run.limits, tracker);
        this.shots = new EvidenceScreenshots(run.evidenceDir, record, run.screenshots, run.limits.maxScreenshots());
        this.current = accepted.current;
        this.order = 1; // the page the accept phase left is this phase's visit 1: its own visits count on from 2
        ProblemSink problems = (kind, note) -> record.problem(current, kind, note);
        accepted.browser.reportTo(problems);
        this.browser = accepted.browser;
        this.watch = accepted.watch;
        watch.continueAs(phase, shots);
        this.tabs = accepted.tabs.continuedBy(problems);
        this.navigation = new Navigation(run, tabs, settler, record::problem);
        shots.visiting(current);
        tabs.current().recorder().visiting(current);
        if (!tabs.broken()) {
            tracker.observe(CookieJar.read(tabs.current().recorder().pageSession()), current);
        }
    }

    Phase phase() {
        return phase;
    }

    ScanRun run() {
        return run;
    }

    String current() {
        return current;
    }

    /**
     * Visits the start page; the discovering job plans the crawl from it or ends the scan when it is
     * unreachable. Another job that finds the start page unreachable waits for that verdict instead of
     * operating an error page: it ends with the scan, or goes on when the page loaded for the first job.
     */
    void start(boolean scroll) throws ScanFailedException, ScanAbortedException {
        start(visit(run.startUrl, false, scroll));
    }

    /**
     * Visits the start page for a choice (reject, accept, withdraw): as {@link #start(boolean)} without
     * scrolling, but the wait after loading ends as soon as the banner watcher sees a banner showing, so the
     * choice is made the moment the banner is operable, also when it would close itself a little later.
     */
    void startForChoice() throws ScanFailedException, ScanAbortedException {
        start(visit(run.startUrl, false, false, () -> watch.showsOn(current)));
    }

    private void start(PageVisit visit) throws ScanFailedException, ScanAbortedException {
        boolean unreachable = visit.failed() && visit.status() == 0 && navigation.showsNoPage();
        if (!job.discovers()) {
            if (unreachable) {
                run.awaitPlan();
            }
            return;
        }
        if (unreachable) {
            ScanFailedException failure = new ScanFailedException(Unreachable.note(run.startUrl, visit.error()));
            run.plan.completeExceptionally(failure);
            throw failure;
        }
        CrawlPlan plan = CrawlPlan.startOnly(run.startUrl);
        if (run.request.pages() > 1) {
            step(ScanActivity.FINDING_PAGES);
            LinkHarvest harvest = tabs.current().page().isClosed()
                    ? new LinkHarvest(List.of(), List.of())
                    : LinkHarvest.of(tabs.current().page());
            plan = CrawlPlanner.plan(run.startUrl, harvest.links(), harvest.sitemap(), run.request.pages());
        }
        run.plan.complete(plan);
    }

    /** Reads the cookie and privacy statements the start page links to. */
    void readStatements() {
        if (!tabs.crashed() && !run.overBudget()) {
            step(ScanActivity.READING_STATEMENTS);
            record.statements.addAll(Statements.read(
                    tabs.current().page(), tabs::newPage, run.site, run.pageDeadline(), record::problem));
        }
    }

    /** Visits the other planned pages (without the deep entry page when asked), each collected. */
    void visitOthers(boolean skipDeepEntry) throws ScanAbortedException {
        CrawlPlan plan = run.awaitPlan();
        planned = plan.size();
        for (String other : plan.others()) {
            if (run.overBudget()) {
                record.problem(other, "budget", ScanNote.of("problem.budget.page"));
                continue;
            }
            if (skipDeepEntry && other.equals(plan.deepEntry())) {
                continue;
            }
            visit(other, false, true);
            collect();
        }
    }

    /** Loads a page in a live tab (a new one when the last crashed, closed or froze). */
    PageVisit visit(String url, boolean deep, boolean scroll) {
        return visit(url, deep, scroll, () -> false);
    }

    private PageVisit visit(String url, boolean deep, boolean scroll, BooleanSupplier enough) {
        TabSession tab = tabs.live();
        watch.leaving(tab.page());
        order++;
        current = url;
        shots.visiting(url);
        tab.recorder().visiting(url);
        tab.resetNavigations();
        step(ScanActivity.LOADING);
        PageVisit visit = navigation.load(phase, order, url, deep, scroll, () -> step(ScanActivity.SCROLLING), enough);
        record.visits.add(visit);
        return visit;
    }

    /** Observes the banner; returns whether one was found (true when it could not be looked at). */
    boolean observeBanner(boolean openSettings) {
        if (tabs.broken()) {
            return true;
        }
        step(ScanActivity.SEARCHING_BANNER);
        try {
            BannerObservation observation = banners.observe(tabs.current().page(), phase, current, openSettings, shots);
            record.banners.add(observation);
            return observation.found();
        } catch (RuntimeException e) {
            record.problem(
                    current,
                    "banner",
                    ScanNote.of("problem.banner.observe", EvidenceScreenshots.firstLine(e.getMessage())));
            return true;
        }
    }

    /** A choice of the {@link BannerOperator} ({@code accept}, {@code reject}, {@code withdraw}). */
    @FunctionalInterface
    interface Choice {
        ConsentChoice make(BannerOperator operator, Page page, Phase phase, String pageUrl, ScreenshotTaker shots);
    }

    /**
     * The choice through the operator, unless the observation just before (which already waited for a banner to
     * appear) found none: then no second search, and the choice is recorded as NO_BANNER.
     */
    ConsentChoice chooseIfBanner(boolean bannerSeen, Choice choice) {
        if (!bannerSeen) {
            ScanNote note = watch.vanishedOn(current)
                    .map(e -> vanished(e.removal(), e.atMillis()))
                    .orElse(ScanNote.of("choice.noBanner"));
            return new ConsentChoice(
                    phase, current, ChoiceOutcome.NO_BANNER, 0, List.of(), 0, null, List.of(note), null);
        }
        return choose(choice);
    }

    private static ScanNote vanished(BannerRemoval removal, long atMillis) {
        return switch (removal) {
            case CLICK -> ScanNote.of("choice.vanished.click", atMillis);
            case SCROLL -> ScanNote.of("choice.vanished.scroll", atMillis);
            case NAVIGATION -> ScanNote.of("choice.vanished.navigation", atMillis);
            case TIMER -> ScanNote.of("choice.vanished.timer", atMillis);
            case NONE -> ScanNote.of("choice.vanished.none", atMillis);
        };
    }

    /** The choice through the operator; a crashed tab or an exception is a failed choice. */
    ConsentChoice choose(Choice choice) {
        if (tabs.broken()) {
            return new ConsentChoice(
                    phase,
                    current,
                    ChoiceOutcome.FAILED,
                    0,
                    List.of(),
                    0,
                    null,
                    List.of(ScanNote.of("choice.tabCrashed")),
                    null);
        }
        try {
            return choice.make(banners, tabs.current().page(), phase, current, shots);
        } catch (RuntimeException e) {
            String note = EvidenceScreenshots.firstLine(e.getMessage());
            record.problem(current, "banner", ScanNote.of("problem.banner.choice", note));
            return new ConsentChoice(
                    phase,
                    current,
                    ChoiceOutcome.FAILED,
                    0,
                    List.of(),
                    0,
                    null,
                    List.of(ScanNote.of("choice.error", note)),
                    null);
        }
    }

    void recordChoice(ConsentChoice choice) {
        record.choices.add(choice);
    }

    void settle() {
        if (!tabs.broken()) {
            settler.settle(tabs.current(), current, run.pageDeadline());
        }
    }

    void scroll() {
        settler.scroll(tabs.current(), run.pageDeadline());
    }

    /**
     * Reads the page instruments of the current page into the record. A page that stopped answering since it
     * loaded (a busy loop started late, or by the choice) cannot be read: that is recorded as an unresponsive
     * page, so the verdict does not count the empty readings as seen.
     */
    void collect() {
        record.list(RecordKinds.BANNER_EVENTS).addAll(watch.drain());
        if (tabs.broken()) {
            return;
        }
        if (tabs.closedWhenFrozen()) {
            record.problem(current, "unresponsive", ScanNote.of("problem.unresponsive"));
            return;
        }
        try {
            record.add(instruments.collect(tabs.current().page(), phase, current), current);
            record.addBehaviours(behaviours.collect(tabs.current().page(), phase, current));
        } catch (RuntimeException e) {
            record.problem(
                    current,
                    "instruments",
                    ScanNote.of("problem.instruments", EvidenceScreenshots.firstLine(e.getMessage())));
        }
        step(ScanActivity.COLLECTED);
    }

    /** The last screenshot, then the cookie jar attributed and the requests of every tab. */
    void finish() {
        if (!tabs.broken()) {
            Settler.toTop(tabs.current().page());
            shots.take(tabs.current().page(), job.deepEntry() ? "deep-entry" : "after-phase");
        }
        TabSession tab = tabs.live(); // the jar belongs to the profile, so any live tab can read it
        record.cookies.addAll(tracker.finish(
                phase,
                CookieJar.read(tab.recorder().pageSession()),
                current,
                tabs.cookieSetters(),
                record.scriptSetters,
                record.scriptExpiries));
        record.requests.addAll(tabs.finishRequests(phase, run.site));
        record.list(RecordKinds.BANNER_EVENTS).addAll(watch.drain());
        step(ScanActivity.DONE);
    }

    /** Reports progress: the page being worked on, the activity, the counts so far. */
    void step(ScanActivity activity) {
        run.step(
                phase,
                Math.min(order, Math.max(order, planned)),
                Math.max(planned, order),
                current,
                activity,
                tracker.count(),
                record.storage.size(),
                tabs.requestCount(),
                tabs.thirdPartyHosts(run.site));
    }
}
