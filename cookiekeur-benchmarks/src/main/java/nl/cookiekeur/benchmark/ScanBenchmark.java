package nl.cookiekeur.benchmark;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.site.WebUrl;

/**
 * Wall time of real scans against the fixture sites (no JMH: each run starts browsers): the three main phases
 * on one start page (a site with delayed and scroll-triggered trackers, a site with a banner) with 1, 2 and 3
 * parallel browsers, and pages per minute for a three-page crawl with 1, 2 and 3 browsers. The baseline, measured in the same run, is the floor of any scan: starting
 * Playwright, launching one browser profile and loading the same start page once without waiting.
 */
public final class ScanBenchmark {
    private static final int RUNS = 3;
    private static final Phase[] MAIN_PHASES = {Phase.INITIAL, Phase.REJECT, Phase.ACCEPT};
    /** A site without a banner but with a delayed and a scroll-triggered tracker, and a site with a banner. */
    private static final List<FixtureSite> THREE_PHASE_SITES =
            List.of(FixtureSite.KAPSALON_MULDER, FixtureSite.BAKKERIJ_JANSEN);

    private ScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (FixtureServer server = FixtureServer.start()) {
            System.out.println("load average at start: " + loadAverage());
            scan(server, FixtureSite.DICHTERSGILDE, 1, 1, Phase.INITIAL); // warm-up
            List<Long> floor = new ArrayList<>();
            Map<String, List<Long>> three = new LinkedHashMap<>();
            for (int i = 0; i < RUNS; i++) {
                floor.add(floor(server, FixtureSite.KAPSALON_MULDER));
                for (FixtureSite site : THREE_PHASE_SITES) {
                    for (int parallel = 1; parallel <= 3; parallel++) {
                        long start = System.nanoTime();
                        ScanEvidence evidence = scan(server, site, 1, parallel, MAIN_PHASES);
                        long millis = millisSince(start);
                        three.computeIfAbsent(site.host() + ", " + parallel + " browser(s)", k -> new ArrayList<>())
                                .add(millis);
                        System.out.printf(
                                Locale.ROOT,
                                "3 phases, %s, %d browser(s): %d ms; %s%n",
                                site.host(),
                                parallel,
                                millis,
                                caught(site, evidence));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "floor (Playwright + 1 profile + 1 load) median %d ms%n", median(floor));
            three.forEach((label, runs) ->
                    System.out.printf(Locale.ROOT, "3 phases, %s: median %d ms %s%n", label, median(runs), runs));
            for (int parallel = 1; parallel <= 3; parallel++) {
                long start = System.nanoTime();
                ScanEvidence evidence = scan(server, FixtureSite.BAKKERIJ_JANSEN, 3, parallel, MAIN_PHASES);
                long millis = millisSince(start);
                int visits = evidence.visits().size();
                System.out.printf(
                        Locale.ROOT,
                        "crawl 3 pages x 3 phases, %d browser(s): %d visits in %d ms = %.1f pages/min%n",
                        parallel,
                        visits,
                        millis,
                        visits * 60_000.0 / millis);
            }
            System.out.println("load average at end: " + loadAverage());
        }
    }

    private static ScanEvidence scan(FixtureServer server, FixtureSite site, int pages, int parallel, Phase... phases)
            throws ScanFailedException, IOException {
        Path out = Files.createTempDirectory("cookiekeur-bench");
        return PlaywrightSiteScanner.chromium()
                .scan(
                        new ScanRequest(
                                new WebUrl(server.url(site)),
                                pages,
                                List.of(phases),
                                parallel,
                                Duration.ofMinutes(3),
                                false,
                                server.hostRules(),
                                true,
                                out),
                        ScanProgress.silent());
    }

    private static long floor(FixtureServer server, FixtureSite site) throws BrowserStartException {
        long start = System.nanoTime();
        try (ChromiumEngine engine = ChromiumEngine.start();
                PhaseBrowser browser = engine.open(
                        new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(30)))) {
            browser.tab().navigate(server.url(site).toString(), new Page.NavigateOptions());
        }
        return millisSince(start);
    }

    /** What each site must show for the run to count: the late trackers caught, or the banner's choices made. */
    private static String caught(FixtureSite site, ScanEvidence evidence) {
        if (site == FixtureSite.KAPSALON_MULDER) {
            List<String> initial = evidence.cookies(Phase.INITIAL).stream()
                    .map(ObservedCookie::name)
                    .toList();
            return "delayed _ga caught: " + initial.contains("_ga") + "; scroll li_fat_id caught: "
                    + initial.contains("li_fat_id");
        }
        return "choices made: "
                + evidence.choices().stream()
                        .filter(c -> c.outcome() == ChoiceOutcome.MADE)
                        .count()
                + " of 2";
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
