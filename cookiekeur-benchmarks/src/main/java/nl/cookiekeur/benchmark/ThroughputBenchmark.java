package nl.cookiekeur.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.SiteExpectation;
import nl.cookiekeur.fixtures.SiteExpectations;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.browser.Isolation;
import nl.cookiekeur.site.WebUrl;

/**
 * Sites per hour and peak memory per worker, side by side in one run (issue 15, item 5): the same fixture start
 * pages scanned one after another by Cookiekeur (all four phases; a fresh context of one Chromium per phase, and
 * for comparison a Chromium per phase) and by the peer {@code @slashgear/gdpr-cookie-scanner}, each repetition
 * running the three in turn. Cookiekeur's scans must still catch every cookie {@code docs/fixtures.md} expects,
 * the delayed and scroll-triggered ones included; peak memory is the PSS of each tool's process tree.
 *
 * <p>Usage: {@code ThroughputBenchmark [sites (1-12, default 10)] [repetitions (default 3)] [--parallel n]
 * [--peer-dir cookiekeur-benchmarks/peer] [--no-peer]}
 */
public final class ThroughputBenchmark {
    /** Start pages in the order used; the first three have trackers that come late (a timer, a scroll). */
    private static final List<FixtureSite> SITES = List.of(
            FixtureSite.KAPSALON_MULDER,
            FixtureSite.LIJSTENMAKERIJ_RAAM,
            FixtureSite.IJSSALON_VENEZIA,
            FixtureSite.BAKKERIJ_JANSEN,
            FixtureSite.FIETSENWINKEL_DEVRIES,
            FixtureSite.TANDARTS_SMIT,
            FixtureSite.WOONWINKEL_DEKKER,
            FixtureSite.REISBUREAU_ZONNEVELD,
            FixtureSite.BOEKHANDEL_VISSER,
            FixtureSite.KINDEROPVANG_ZONNESTRAAL,
            FixtureSite.FINANCIEEL_ADVIES_PETERS,
            FixtureSite.DICHTERSGILDE);

    private static final Set<FixtureSite> LATE =
            Set.of(FixtureSite.KAPSALON_MULDER, FixtureSite.LIJSTENMAKERIJ_RAAM, FixtureSite.IJSSALON_VENEZIA);
    private static final String PEER = "peer (gdpr-cookie-scanner)";

    private ThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        ThroughputOptions options = ThroughputOptions.parse(args);
        List<FixtureSite> sites = SITES.subList(0, options.sites());
        PeerScanner peer = options.peer() ? PeerScanner.in(options.peerDir()) : null;
        Map<String, Tally> tallies = new LinkedHashMap<>();
        try (FixtureServer server = FixtureServer.start()) {
            long jvmAtStart = Math.round(ProcessTreeMemory.pssKb(ProcessHandle.current()) * 1024 / 1e6);
            System.out.println("load average at start: " + loadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "%d site(s), %d repetition(s), Cookiekeur --parallel %d; JVM with fixture server at start: %d MB PSS%n",
                    sites.size(),
                    options.repetitions(),
                    options.parallel(),
                    jvmAtStart);
            scan(server, FixtureSite.DICHTERSGILDE, Isolation.CONTEXT_PER_PHASE, 1); // warm-up: driver extraction
            for (int round = 1; round <= options.repetitions(); round++) {
                for (Isolation isolation : Isolation.values()) {
                    Tally tally = tallies.computeIfAbsent(label(isolation), k -> new Tally());
                    cookiekeur(server, sites, isolation, options.parallel(), tally, round);
                }
                if (peer != null) {
                    Tally tally = tallies.computeIfAbsent(PEER, k -> new Tally());
                    List<String> urls =
                            sites.stream().map(s -> server.url(s).toString()).toList();
                    PeerScanner.Run run = peer.scan(urls, server.hostRules());
                    tally.add(sites.size(), run.millis(), run.peakMb());
                    tally.failures.addAll(run.failures());
                    System.out.printf(
                            Locale.ROOT,
                            "round %d, %s: %d ms, peak %d MB; failures %s%n",
                            round,
                            PEER,
                            run.millis(),
                            run.peakMb(),
                            run.failures());
                    for (FixtureSite site : sites) {
                        Set<String> seen =
                                run.cookies().getOrDefault(server.url(site).toString(), Set.of());
                        System.out.printf(
                                Locale.ROOT, "    %s: peer missed %s%n", site.host(), missed(site, seen, seen, seen));
                    }
                }
            }
            System.out.println("load average at end: " + loadAverage());
            summary(tallies, jvmAtStart);
        }
    }

    private static void cookiekeur(
            FixtureServer server, List<FixtureSite> sites, Isolation isolation, int parallel, Tally tally, int round)
            throws IOException {
        ProcessTreeMemory memory = ProcessTreeMemory.watch(ProcessHandle.current());
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        try (memory) {
            for (FixtureSite site : sites) {
                try {
                    ScanEvidence evidence = scan(server, site, isolation, parallel);
                    Set<String> missed = missed(
                            site,
                            names(evidence, Phase.INITIAL),
                            names(evidence, Phase.REJECT),
                            names(evidence, Phase.ACCEPT));
                    if (!missed.isEmpty()) {
                        tally.failures.add(site.host() + " missed " + missed);
                        if (LATE.contains(site)) {
                            tally.lateMissed = true;
                        }
                    }
                    lines.add(site.host() + ": missed " + missed + ", problems "
                            + evidence.problems().size());
                } catch (ScanFailedException e) {
                    tally.failures.add(site.host() + ": " + e.getMessage());
                    tally.lateMissed |= LATE.contains(site);
                    lines.add(site.host() + ": scan failed");
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        tally.add(sites.size(), millis, memory.peakMb());
        System.out.printf(
                Locale.ROOT, "round %d, %s: %d ms, peak %d MB%n", round, label(isolation), millis, memory.peakMb());
        lines.forEach(line -> System.out.println("    " + line));
    }

    private static ScanEvidence scan(FixtureServer server, FixtureSite site, Isolation isolation, int parallel)
            throws ScanFailedException, IOException {
        Path out = Files.createTempDirectory("cookiekeur-throughput");
        return PlaywrightSiteScanner.chromium(isolation)
                .scan(
                        new ScanRequest(
                                new WebUrl(server.url(site)),
                                1,
                                ScanRequest.DEFAULT_PHASES,
                                parallel,
                                Duration.ofMinutes(3),
                                false,
                                server.hostRules(),
                                true,
                                out),
                        ScanProgress.silent());
    }

    /** The expected cookies of {@code docs/fixtures.md} that were not seen, per phase. */
    private static Set<String> missed(FixtureSite site, Set<String> initial, Set<String> reject, Set<String> accept) {
        SiteExpectation expected = SiteExpectations.of(site);
        Set<String> missed = new TreeSet<>();
        for (String name : expected.initialFirstPartyCookies()) {
            if (!initial.contains(name)) {
                missed.add("initial:" + name);
            }
        }
        for (String name : expected.initialThirdPartyCookies()) {
            if (!initial.contains(name)) {
                missed.add("initial:" + name);
            }
        }
        if (expected.banner()) {
            expected.afterRejectCookies().stream()
                    .filter(n -> !reject.contains(n))
                    .forEach(n -> missed.add("reject:" + n));
            expected.afterAcceptCookies().stream()
                    .filter(n -> !accept.contains(n))
                    .forEach(n -> missed.add("accept:" + n));
        }
        return missed;
    }

    private static Set<String> names(ScanEvidence evidence, Phase phase) {
        Set<String> names = new TreeSet<>();
        for (ObservedCookie cookie : evidence.cookies(phase)) {
            names.add(cookie.name());
        }
        return names;
    }

    private static void summary(Map<String, Tally> tallies, long jvmAtStart) {
        System.out.println();
        System.out.println("| tool | sites | seconds | sites/hour | peak PSS per worker | expected cookies caught |");
        System.out.println("|---|---|---|---|---|---|");
        tallies.forEach((label, t) -> System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.1f | %.0f | %d MB | %s |%n",
                label,
                t.sites,
                t.millis / 1000.0,
                t.perHour(),
                t.peakMb,
                label.equals(PEER)
                        ? "not checked (its own method; cookies printed above)"
                        : t.failures.isEmpty() ? "all" : t.failures.size() + " miss(es)"));
        Tally context = tallies.get(label(Isolation.CONTEXT_PER_PHASE));
        Tally browser = tallies.get(label(Isolation.BROWSER_PER_PHASE));
        Tally peer = tallies.get(PEER);
        if (context != null && browser != null) {
            System.out.printf(
                    Locale.ROOT,
                    "lever: context per phase / browser per phase = %.2f x sites/hour%n",
                    context.perHour() / browser.perHour());
            System.out.println("delayed and scroll-triggered trackers all caught (context per phase): "
                    + !context.lateMissed + "; (browser per phase): " + !browser.lateMissed);
        }
        if (context != null && peer != null) {
            System.out.printf(
                    Locale.ROOT,
                    "Cookiekeur (context per phase) / peer = %.2f x sites/hour (target >= 1, stretch 2)%n",
                    context.perHour() / peer.perHour());
        }
        System.out.println("peak PSS of Cookiekeur includes this JVM (harness + fixture server: " + jvmAtStart
                + " MB at start); the peer's is its Node process tree");
        tallies.forEach((label, t) -> t.failures.forEach(f -> System.out.println("  " + label + ": " + f)));
    }

    private static String label(Isolation isolation) {
        return switch (isolation) {
            case CONTEXT_PER_PHASE -> "Cookiekeur, context per phase";
            case BROWSER_PER_PHASE -> "Cookiekeur, browser per phase";
        };
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Sites, time and the highest peak over the repetitions of one tool. */
    private static final class Tally {
        final List<String> failures = new ArrayList<>();
        int sites;
        long millis;
        long peakMb;
        boolean lateMissed;

        void add(int scanned, long took, long peak) {
            sites += scanned;
            millis += took;
            peakMb = Math.max(peakMb, peak);
        }

        double perHour() {
            return millis == 0 ? 0 : sites * 3_600_000.0 / millis;
        }
    }
}
