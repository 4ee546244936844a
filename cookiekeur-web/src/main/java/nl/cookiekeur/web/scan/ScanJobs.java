package nl.cookiekeur.web.scan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.ScanStep;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The scans started from the web app, one at a time per site and at most {@link #AT_ONCE} at once: each runs on
 * a virtual thread through the same ports as {@code cookiekeur scan} (scan, evidence, assessment, reports,
 * history) and tells its listeners every progress step, for the live progress of the site page.
 */
public final class ScanJobs {
    /** The folder inside a web scan's folder with its reports in English. */
    public static final String ENGLISH_FOLDER = "en";

    /** Scans that may run at the same time (each starts a browser). */
    public static final int AT_ONCE = 2;

    private static final Logger LOG = Logger.getLogger(ScanJobs.class.getName());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ScanServices services;
    private final @Nullable String databaseUrl;
    private final Clock clock;
    private final Semaphore slots = new Semaphore(AT_ONCE);
    private final Map<Long, ScanState> states = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<ScanState>>> listeners = new ConcurrentHashMap<>();

    public ScanJobs(ScanServices services, @Nullable String databaseUrl, Clock clock) {
        this.services = services;
        this.databaseUrl = databaseUrl;
        this.clock = clock;
    }

    /** Why a scan did not start. */
    public enum Refusal {
        ALREADY_RUNNING,
        BUSY
    }

    /**
     * Starts a scan of the site unless one runs for it already or {@link #AT_ONCE} run.
     *
     * @param hostRules the pinned (or configured) host-resolver rules, empty for none
     */
    public Optional<Refusal> start(long siteId, WebUrl address, String hostRules) {
        ScanState current = states.get(siteId);
        if (current != null && current.running()) {
            return Optional.of(Refusal.ALREADY_RUNNING);
        }
        if (!slots.tryAcquire()) {
            return Optional.of(Refusal.BUSY);
        }
        publish(siteId, ScanState.started(address.toString()));
        Thread.ofVirtual().name("cookiekeur-web-scan-" + siteId).start(() -> {
            try {
                run(siteId, address, hostRules);
            } finally {
                slots.release();
            }
        });
        return Optional.empty();
    }

    /** The latest state of the site's scan started here since the server started. */
    public Optional<ScanState> state(long siteId) {
        return Optional.ofNullable(states.get(siteId));
    }

    /** Tells the listener every new state of the site's scan until it is removed. */
    public void listen(long siteId, Consumer<ScanState> listener) {
        listeners.computeIfAbsent(siteId, id -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Stops telling the listener. */
    public void stopListening(long siteId, Consumer<ScanState> listener) {
        List<Consumer<ScanState>> list = listeners.get(siteId);
        if (list != null) {
            list.remove(listener);
        }
    }

    private void run(long siteId, WebUrl address, String hostRules) {
        Path folder = services.folder()
                .resolve(address.host().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + STAMP.format(clock.instant()) + "-"
                        + siteId)
                .toAbsolutePath();
        ScanRequest request = new ScanRequest(
                address,
                services.pages(),
                ScanRequest.DEFAULT_PHASES,
                1,
                Duration.ofMinutes(5),
                false,
                hostRules.isBlank() ? null : hostRules,
                services.ignoreHttpsErrors(),
                folder);
        try {
            ScanEvidence evidence = services.scanner().scan(request, step -> progress(siteId, step));
            services.archive().write(evidence, folder);
            Assessment assessment = services.assessor().apply(evidence, SiteFacts.none());
            services.reports().write(assessment, folder, folder, Language.DUTCH);
            // the app shows a report in the reader's language: English beside the Dutch one
            services.reports().write(assessment, folder, folder.resolve(ENGLISH_FOLDER), Language.ENGLISH);
            StoredScan stored;
            try (ScanHistory history = services.history().open(databaseUrl)) {
                stored = history.save(ScanSnapshot.of(assessment, folder.toString(), folder.toString()));
            }
            ScanState last = states.getOrDefault(siteId, ScanState.started(address.toString()));
            publish(siteId, withStatus(last, ScanState.Status.DONE, "", stored.number()));
        } catch (ScanFailedException e) {
            fail(siteId, address, "scan.failed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "web scan of " + address + " failed", e);
            fail(siteId, address, "scan.failedInternal");
        }
    }

    private void progress(long siteId, ScanStep step) {
        publish(
                siteId,
                new ScanState(
                        ScanState.Status.RUNNING,
                        step.phase().code(),
                        step.page(),
                        step.pages(),
                        step.url(),
                        step.activity().code(),
                        step.cookies(),
                        step.requests(),
                        step.thirdParties(),
                        "",
                        0));
    }

    private void fail(long siteId, WebUrl address, String problem) {
        ScanState last = states.getOrDefault(siteId, ScanState.started(address.toString()));
        publish(siteId, withStatus(last, ScanState.Status.FAILED, problem, 0));
    }

    private static ScanState withStatus(ScanState last, ScanState.Status status, String problem, long number) {
        return new ScanState(
                status,
                last.phase(),
                last.page(),
                last.pages(),
                last.url(),
                last.activity(),
                last.cookies(),
                last.requests(),
                last.thirdParties(),
                problem,
                number);
    }

    private void publish(long siteId, ScanState state) {
        states.put(siteId, state);
        for (Consumer<ScanState> listener : listeners.getOrDefault(siteId, List.of())) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                stopListening(siteId, listener);
            }
        }
    }
}
