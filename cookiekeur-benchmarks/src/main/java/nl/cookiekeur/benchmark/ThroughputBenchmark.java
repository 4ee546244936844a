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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.SiteExpectation;
import nl.cookiekeur.fixtures.SiteExpectations;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scanner.PlaywrightSiteScanner;
import nl.cookiekeur.scanner.ScanLevers;
import nl.cookiekeur.scanner.browser.Isolation;
import nl.cookiekeur.scanner.browser.SlotSharing;
import nl.cookiekeur.site.WebUrl;

/**
 * Sites per hour and peak memory per worker, side by side in one run (issue 15, item 5): the same fixture start
 * pages scanned one after another by Cookiekeur (all four phases) and by the peer
 * {@code @slashgear/gdpr-cookie-scanner}, each repetition running every configuration in turn. Cookiekeur runs as
 * {@code cookiekeur scan} does ({@code --parallel 3}, every lever of {@link ScanLevers#defaults()} on) and as
 * {@code cookiekeur worker --browsers n} does for each n of {@code --browsers} (one slot per scan, n scans at once,
 * the browser kept across scans: {@link ScanLevers#worker()}); with {@code --levers} also at
 * {@code --parallel n} with each lever switched off in turn and with none, so each lever's effect shows as a
 * ratio. Cookiekeur's scans must still catch every cookie {@code docs/fixtures.md} expects, the delayed and
 * scroll-triggered ones included; peak memory is the PSS of each tool's process tree.
 *
 * <p>Usage: {@code ThroughputBenchmark [sites (1-12, default 10)] [repetitions (default 3)] [--parallel n
 * (lever runs, default 3)] [--browsers a,b,… (default 1,2,3)] [--levers] [--peer-dir cookiekeur-benchmarks/peer]
 * [--no-peer]}
 */
public final class ThroughputBenchmark {
    /** The slots of {@code cookiekeur scan} without {@code --parallel} (ScanCommand's default). */
    static final int SCAN_PARALLEL = 3;
    /** The slots of a {@code cookiekeur worker} scan (ScanningRescan). */
    static final int WORKER_PARALLEL = 1;

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

    /** One Cookiekeur configuration: its levers, slots per scan and scans at once (a worker's --browsers). */
    record Config(String label, ScanLevers levers, int parallel, int atOnce) {
        Config(String label, ScanLevers levers, int parallel) {
            this(label, levers, parallel, 1);
        }

        String name() {
            String scans = atOnce > 1 ? atOnce + " scans at once, " : "";
            return label + " (" + scans + "--parallel " + parallel + "; " + levers.describe(parallel) + ")";
        }
    }

    /**
     * The default configurations (the scan, each worker, and the largest worker with the withdraw phase in a fresh
     * profile), then (with {@code --levers}) each lever off in turn, then none.
     */
    static List<Config> configs(ThroughputOptions options) {
        ScanLevers on = ScanLevers.defaults();
        List<Config> configs = new ArrayList<>();
        configs.add(new Config("Cookiekeur scan default", on, SCAN_PARALLEL));
        for (int browsers : options.browsers()) {
            configs.add(new Config(
                    "Cookiekeur worker --browsers " + browsers, ScanLevers.worker(), WORKER_PARALLEL, browsers));
        }
        int most = options.browsers().stream().mapToInt(Integer::intValue).max().orElse(1);
        configs.add(new Config(
                "Cookiekeur worker --browsers " + most + ", withdraw in a fresh profile",
                ScanLevers.worker().withdrawingInFreshProfile(),
                WORKER_PARALLEL,
                most));
        if (options.levers()) {
            int n = options.parallel();
            configs.add(new Config("all levers", on, n));
            configs.add(new Config(
                    "without one browser/scan", new ScanLevers(on.isolation(), SlotSharing.BROWSER_PER_SLOT, true), n));
            configs.add(new Config(
                    "without waits that end when done", new ScanLevers(on.isolation(), on.sharing(), false), n));
            configs.add(new Config(
                    "without context/phase",
                    new ScanLevers(Isolation.BROWSER_PER_PHASE, on.sharing(), on.waitsEndWhenDone()),
                    n));
            configs.add(new Config("without withdraw on the accepted page", on.withdrawingInFreshProfile(), n));
            configs.add(new Config("no levers", ScanLevers.none(), n));
            configs.add(new Config("one slot, nothing kept across scans", on, WORKER_PARALLEL));
        }
        return configs;
    }

    public static void main(String[] args) throws Exception {
        ThroughputOptions options = ThroughputOptions.parse(args);
        List<FixtureSite> sites = SITES.subList(0, options.sites());
        PeerScanner peer = options.peer() ? PeerScanner.in(options.peerDir()) : null;
        List<Config> configs = configs(options);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        try (FixtureProcess server = FixtureProcess.start()) {
            long jvmAtStart = Math.round(ProcessTreeMemory.pssKb(ProcessHandle.current(), server.pid()) * 1024 / 1e6);
            System.out.println("load average at start: " + loadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "%d site(s), %d repetition(s); harness JVM at start: %d MB PSS (fixture sites served by another process)%n",
                    sites.size(),
                    options.repetitions(),
                    jvmAtStart);
            configs.forEach(c -> System.out.println("configuration: " + c.name()));
            try (PlaywrightSiteScanner warmUp =
                    PlaywrightSiteScanner.chromium(configs.getFirst().levers())) {
                scan(server, FixtureSite.DICHTERSGILDE, configs.getFirst(), warmUp); // warm-up: driver extraction
            }
            for (int round = 1; round <= options.repetitions(); round++) {
                for (Config config : configs) {
                    Tally tally = tallies.computeIfAbsent(config.name(), k -> new Tally());
                    cookiekeur(server, sites, config, tally, round);
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
            summary(tallies, configs, jvmAtStart);
        }
    }

    private static void cookiekeur(
            FixtureProcess server, List<FixtureSite> sites, Config config, Tally tally, int round) throws IOException {
        ProcessTreeMemory memory = ProcessTreeMemory.watch(ProcessHandle.current(), server.pid());
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(config.atOnce());
        try (memory;
                PlaywrightSiteScanner scanner = PlaywrightSiteScanner.chromium(config.levers())) {
            List<Future<String>> results = new ArrayList<>();
            for (FixtureSite site : sites) {
                results.add(threads.submit(() -> scanAndCheck(server, site, config, scanner, tally)));
            }
            for (Future<String> result : results) {
                lines.add(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        tally.add(sites.size(), millis, memory.peakMb());
        tally.jvmPeakMb = Math.max(tally.jvmPeakMb, memory.rootPeakMb());
        System.out.printf(
                Locale.ROOT,
                "round %d, %s: %d ms, peak %d MB (JVM alone %d MB; at the peak: %s)%n",
                round,
                config.name(),
                millis,
                memory.peakMb(),
                memory.rootPeakMb(),
                memory.peakParts());
        lines.forEach(line -> System.out.println("    " + line));
    }

    /** Scans one site and checks it against the fixture's expectations; the line to print. */
    private static String scanAndCheck(
            FixtureProcess server, FixtureSite site, Config config, PlaywrightSiteScanner scanner, Tally tally)
            throws IOException {
        try {
            ScanEvidence evidence = scan(server, site, config, scanner);
            Set<String> missed = missed(
                    site, names(evidence, Phase.INITIAL), names(evidence, Phase.REJECT), names(evidence, Phase.ACCEPT));
            if (!missed.isEmpty()) {
                tally.failed(site.host() + " missed " + missed, LATE.contains(site));
            }
            return site.host() + ": missed " + missed + ", problems "
                    + evidence.problems().size();
        } catch (ScanFailedException e) {
            tally.failed(site.host() + ": " + e.getMessage(), LATE.contains(site));
            return site.host() + ": scan failed";
        }
    }

    private static ScanEvidence scan(
            FixtureProcess server, FixtureSite site, Config config, PlaywrightSiteScanner scanner)
            throws ScanFailedException, IOException {
        Path out = Files.createTempDirectory("cookiekeur-throughput");
        return scanner.scan(
                new ScanRequest(
                        new WebUrl(server.url(site)),
                        1,
                        ScanRequest.DEFAULT_PHASES,
                        config.parallel(),
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

    private static void summary(Map<String, Tally> tallies, List<Config> configs, long jvmAtStart) {
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
        Tally peer = tallies.get(PEER);
        Tally all = null;
        for (Config config : configs) {
            Tally t = tallies.get(config.name());
            if (t == null) {
                continue;
            }
            System.out.println("delayed and scroll-triggered trackers all caught, " + config.name() + ": "
                    + !t.lateMissed + "; peak PSS <= 1 GB: " + (t.peakMb <= 1000) + " (JVM alone " + t.jvmPeakMb
                    + " MB)");
            if (peer != null
                    && (config.label().endsWith("default") || config.label().contains("worker"))) {
                System.out.printf(
                        Locale.ROOT,
                        "%s / peer = %.2f x sites/hour (target >= 1, stretch 2)%n",
                        config.label(),
                        t.perHour() / peer.perHour());
            }
            if (config.label().equals("all levers")) {
                all = t;
            } else if (config.label().startsWith("one slot, nothing kept")) {
                Tally worker = tallies.get(configs.get(1).name());
                if (worker != null) {
                    System.out.printf(
                            Locale.ROOT,
                            "lever: browser kept across scans (worker --browsers 1) / nothing kept = %.2f x sites/hour%n",
                            worker.perHour() / t.perHour());
                }
            } else if (all != null && !config.label().contains("worker")) {
                System.out.printf(
                        Locale.ROOT,
                        "lever: all levers / %s = %.2f x sites/hour%n",
                        config.label(),
                        all.perHour() / t.perHour());
            }
        }
        System.out.println("peak PSS of Cookiekeur includes this JVM (the harness: " + jvmAtStart
                + " MB at start; the fixture sites' server is another process, left out); the peer's is its Node"
                + " process tree");
        tallies.forEach((label, t) -> t.failures.forEach(f -> System.out.println("  " + label + ": " + f)));
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
        long jvmPeakMb;
        boolean lateMissed;

        synchronized void failed(String failure, boolean late) {
            failures.add(failure);
            lateMissed |= late;
        }

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
