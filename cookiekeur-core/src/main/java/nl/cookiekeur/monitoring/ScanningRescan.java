package nl.cookiekeur.monitoring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanHistoryOpener;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.report.ReportWriter;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.report.StatementLines;
import nl.cookiekeur.scan.ScanProgress;
import nl.cookiekeur.scan.ScanRequest;
import nl.cookiekeur.scan.SiteScanner;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * A rescan as {@code cookiekeur scan} does it (all four phases, judged, reports written, kept in the history),
 * then compared with the site's scan before it.
 */
public final class ScanningRescan implements Rescan {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SiteScanner scanner;
    private final EvidenceArchive archive;
    private final BiFunction<ScanEvidence, SiteFacts, Assessment> assessor;
    private final ReportWriter reports;
    private final ScanHistoryOpener history;
    private final @Nullable String jdbcUrl;
    private final Path folder;
    private final Duration timeout;
    private final Clock clock;
    private final StatementLines statement;

    /**
     * @param folder where each scan gets a folder {@code <host>-<time>} with its evidence and reports
     * @param timeout the budget of one scan
     */
    public ScanningRescan(
            SiteScanner scanner,
            EvidenceArchive archive,
            BiFunction<ScanEvidence, SiteFacts, Assessment> assessor,
            ReportWriter reports,
            ScanHistoryOpener history,
            @Nullable String jdbcUrl,
            Path folder,
            Duration timeout,
            Clock clock) {
        this(scanner, archive, assessor, reports, StatementLines.NONE, history, jdbcUrl, folder, timeout, clock);
    }

    /**
     * A rescan that also keeps the scan's cookie statement lines in Dutch and English (for the living statement).
     *
     * @param statement makes the statement's lines (the report's generation)
     * @param folder where each scan gets a folder {@code <host>-<time>} with its evidence and reports
     * @param timeout the budget of one scan
     */
    public ScanningRescan(
            SiteScanner scanner,
            EvidenceArchive archive,
            BiFunction<ScanEvidence, SiteFacts, Assessment> assessor,
            ReportWriter reports,
            StatementLines statement,
            ScanHistoryOpener history,
            @Nullable String jdbcUrl,
            Path folder,
            Duration timeout,
            Clock clock) {
        this.statement = Objects.requireNonNull(statement, "statement");
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.history = Objects.requireNonNull(history, "history");
        this.jdbcUrl = jdbcUrl;
        this.folder = Objects.requireNonNull(folder, "folder");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RescanOutcome rescan(MonitoredSite site) {
        Path scanFolder = folder.resolve(
                        site.host().replaceAll("[^A-Za-z0-9.-]", "_") + "-" + STAMP.format(clock.instant()))
                .toAbsolutePath();
        NewSite wanted = site.site();
        ScanRequest request = new ScanRequest(
                wanted.url(),
                wanted.pages(),
                ScanRequest.DEFAULT_PHASES,
                1,
                timeout,
                false,
                wanted.hostRules(),
                wanted.ignoreHttpsErrors(),
                scanFolder);
        ScanEvidence evidence = scanner.scan(request, ScanProgress.silent());
        archive.write(evidence, scanFolder);
        Assessment assessment = assessor.apply(evidence, SiteFacts.none());
        reports.write(assessment, scanFolder, scanFolder, Language.DUTCH);
        Map<Language, List<StatementLine>> lines = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lines.put(language, statement.lines(assessment, language));
        }
        try (ScanHistory scans = history.open(jdbcUrl)) {
            Optional<ScanSnapshot> previous = latest(scans, site.host());
            ScanSnapshot snapshot = ScanSnapshot.of(assessment, scanFolder.toString(), scanFolder.toString());
            StoredScan stored = scans.save(snapshot);
            ScanSnapshot latest = new ScanSnapshot(stored, snapshot.items());
            return new RescanOutcome(
                    stored,
                    previous.map(ScanSnapshot::scan).orElse(null),
                    SiteChanges.between(previous.orElse(null), latest),
                    lines);
        }
    }

    private static Optional<ScanSnapshot> latest(ScanHistory scans, String host) {
        List<StoredScan> last = scans.list(host, 1);
        return last.isEmpty() ? Optional.empty() : scans.find(last.getFirst().number());
    }
}
