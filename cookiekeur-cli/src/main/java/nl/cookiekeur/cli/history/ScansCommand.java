package nl.cookiekeur.cli.history;

import java.util.List;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.StoredScan;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cookiekeur scans}: the stored scans, newest first. */
@Command(name = "scans", mixinStandardHelpOptions = true)
public final class ScansCommand extends ReportingCommand {

    private final CliServices services;

    @Option(names = "--site", paramLabel = "<host>", descriptionKey = "scans.site")
    private @Nullable String site;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "50", descriptionKey = "scans.limit")
    private int limit;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    ScansCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<StoredScan> scans;
        try (ScanHistory history = services.history().open(database.url())) {
            scans = history.list(site, Math.max(1, limit));
        }
        show(scans.stream().map(ScanView::of).toList(), page -> {
            page.title(messages().get("scans.title"));
            if (scans.isEmpty()) {
                page.paragraph(messages().get("scans.none"));
                return;
            }
            page.table(
                    List.of(
                            messages().get("scans.column.number"),
                            messages().get("scans.column.site"),
                            messages().get("scans.column.time"),
                            messages().get("scans.column.worst"),
                            messages().get("scans.column.findings"),
                            messages().get("scans.column.cookies"),
                            messages().get("scans.column.trackers"),
                            messages().get("scans.column.report")),
                    scans.stream().map(this::row).toList());
        });
        return ExitCode.OK.code();
    }

    private List<String> row(StoredScan scan) {
        return List.of(
                Long.toString(scan.number()),
                scan.site(),
                scan.scannedAt().toString(),
                scan.worst(),
                Integer.toString(scan.findings()),
                Integer.toString(scan.cookies()),
                Integer.toString(scan.trackers()),
                scan.reportFolder());
    }
}
