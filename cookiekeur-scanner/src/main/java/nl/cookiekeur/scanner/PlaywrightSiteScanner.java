package nl.cookiekeur.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.SiteScanner;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;

/**
 * Scans a site with Chromium through Playwright: each phase (and the initial phase's deep entry page) runs in a
 * fresh browser profile; a {@link PhaseExecutor} with {@link ScanRequest#parallel()} browser slots runs the jobs,
 * each job a {@link VisitScript} (what to visit and choose) over a {@link PhaseSession} (the instruments).
 * The first job plans the crawl from the start page; an unreachable start page or a browser that cannot start
 * ends the scan with a {@link ScanFailedException}, anything else is recorded as a problem.
 */
public final class PlaywrightSiteScanner implements SiteScanner {
    /** Starts one browser engine per worker thread. */
    @FunctionalInterface
    public interface EngineFactory {
        BrowserEngine start() throws BrowserStartException;
    }

    private static final String VERSION = "0.1.0";

    private final EngineFactory engines;
    private final ScanLimits limits;

    public PlaywrightSiteScanner(EngineFactory engines, ScanLimits limits) {
        this.engines = engines;
        this.limits = limits;
    }

    /** The scanner with the system's Chromium (or Playwright's own) and the default limits. */
    public static PlaywrightSiteScanner chromium() {
        return new PlaywrightSiteScanner(ChromiumEngine::start, ScanLimits.defaults());
    }

    @Override
    public ScanEvidence scan(ScanRequest request, ScanProgress progress) throws ScanFailedException {
        String scheme = request.url().getScheme() == null
                ? ""
                : request.url().getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || request.url().getHost() == null) {
            throw new ScanFailedException(ScanNote.of("failure.url", request.url()));
        }
        try {
            Files.createDirectories(request.evidenceDir().resolve(EvidenceScreenshots.FOLDER));
        } catch (IOException e) {
            throw new ScanFailedException(ScanNote.of("failure.folder", request.evidenceDir()), e);
        }
        Instant startedAt = Instant.now();
        ScanRun run = new ScanRun(request, limits, progress);
        BrowserSettings settings = new BrowserSettings(
                request.mobile() ? Device.MOBILE : Device.DESKTOP,
                request.hostRules(),
                request.ignoreHttpsErrors(),
                limits.navigationTimeout());
        PhaseExecutor.Outcome outcome =
                new PhaseExecutor(engines, settings, run).run(jobs(request), request.parallel());
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                run.startUrl,
                startedAt,
                Instant.now(),
                VERSION,
                outcome.browserVersion(),
                outcome.userAgent(),
                settings.device().viewport(),
                request.phases(),
                request.pages());
        return EvidenceMerge.merge(info, outcome.records(), outcome.problems());
    }

    private static List<ScanJob> jobs(ScanRequest request) {
        List<ScanJob> jobs = new ArrayList<>();
        boolean first = true;
        for (Phase phase : request.phases()) {
            jobs.add(new ScanJob(phase, false, first));
            first = false;
            if (phase == Phase.INITIAL && request.pages() > 1) {
                jobs.add(new ScanJob(Phase.INITIAL, true, false));
            }
        }
        return jobs;
    }

    /** Puts the records of the jobs together in phase order; initial-phase cookies seen in two profiles once. */
    static final class EvidenceMerge {
        private EvidenceMerge() {}

        static ScanEvidence merge(ScanInfo info, List<PhaseRecord> unordered, List<ScanProblem> extra) {
            List<PhaseRecord> records = new ArrayList<>(unordered);
            records.sort(Comparator.comparing((PhaseRecord r) -> info.phases().indexOf(r.phase))
                    .thenComparing(r -> r.visits.stream().anyMatch(v -> v.deepEntry())));
            List<nl.cookiekeur.evidence.PageVisit> visits = new ArrayList<>();
            List<ObservedCookie> cookies = new ArrayList<>();
            var storage = new ArrayList<nl.cookiekeur.evidence.StorageEntry>();
            var requests = new ArrayList<nl.cookiekeur.evidence.ObservedRequest>();
            var fingerprinting = new ArrayList<nl.cookiekeur.evidence.FingerprintCall>();
            var banners = new ArrayList<nl.cookiekeur.evidence.BannerObservation>();
            var choices = new ArrayList<nl.cookiekeur.evidence.ConsentChoice>();
            var signals = new ArrayList<nl.cookiekeur.evidence.ConsentSignal>();
            var screenshots = new ArrayList<nl.cookiekeur.evidence.Screenshot>();
            var statements = new ArrayList<nl.cookiekeur.evidence.PolicyText>();
            var problems = new ArrayList<ScanProblem>();
            Set<String> cookieKeys = new HashSet<>();
            for (PhaseRecord record : records) {
                int offset = (int)
                        visits.stream().filter(v -> v.phase() == record.phase).count();
                for (var visit : record.visits) {
                    visits.add(offset == 0 ? visit : renumber(visit, visit.order() + offset));
                }
                for (ObservedCookie cookie : record.cookies) {
                    String key = cookie.phase() + "\t" + cookie.name() + "\t" + cookie.domain() + "\t" + cookie.path()
                            + "\t" + cookie.partitionKey();
                    if (cookieKeys.add(key)) {
                        cookies.add(cookie);
                    }
                }
                storage.addAll(record.storage);
                requests.addAll(record.requests);
                fingerprinting.addAll(record.fingerprinting);
                banners.addAll(record.banners);
                choices.addAll(record.choices);
                signals.addAll(record.consentSignals);
                screenshots.addAll(record.screenshots);
                statements.addAll(record.statements);
                problems.addAll(record.problems);
            }
            problems.addAll(extra);
            return new ScanEvidence(
                    info,
                    visits,
                    cookies,
                    storage,
                    requests,
                    fingerprinting,
                    banners,
                    choices,
                    signals,
                    screenshots,
                    statements,
                    problems);
        }

        private static nl.cookiekeur.evidence.PageVisit renumber(nl.cookiekeur.evidence.PageVisit v, int order) {
            return new nl.cookiekeur.evidence.PageVisit(
                    v.phase(),
                    order,
                    v.url(),
                    v.finalUrl(),
                    v.title(),
                    v.language(),
                    v.status(),
                    v.deepEntry(),
                    v.startedAt(),
                    v.millis(),
                    v.error());
        }
    }
}
