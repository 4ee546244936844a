package nl.cookiekeur.cli.monitor;

import java.util.List;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Page;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.monitoring.ChangeStatus;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.SiteRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cookiekeur sites show <id>}: a site's rescans, and what the latest completed one changed. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class SitesShowCommand extends ReportingCommand {
    private static final int MAX_RUNS = 1000;

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "sites.option.id")
    private long id;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20", descriptionKey = "sites.option.limit")
    private int limit = 20;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesShowCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        MonitoredSite site;
        List<RunView> runs;
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            site = registry.find(id)
                    .orElseThrow(() -> new BadInputException(messages().get("sites.error.unknown", id)));
            runs = registry.runs(id, Math.max(1, Math.min(limit, MAX_RUNS))).stream()
                    .map(run -> RunView.of(run, registry.changes(run.id())))
                    .toList();
        }
        show(runs, page -> {
            page.title(messages().get("sites.show.title", site.id(), site.site().url()));
            if (runs.isEmpty()) {
                page.paragraph(messages().get("sites.last.none"));
                return;
            }
            for (RunView run : runs) {
                page.section(messages()
                        .get(
                                "sites.show.run",
                                run.finishedAt(),
                                messages().get("sites.status." + run.status()),
                                run.worker()));
                if (run.failure() != null) {
                    page.paragraph(run.failure());
                }
                changes(page, run);
            }
        });
        return ExitCode.OK.code();
    }

    private void changes(Page page, RunView run) {
        for (ChangeStatus status : ChangeStatus.values()) {
            List<String> items = run.changes().stream()
                    .filter(c -> c.change().equals(status.code()))
                    .map(c -> messages().get("sites.kind." + c.kind()) + ": " + c.key() + " — " + c.label())
                    .toList();
            if (!items.isEmpty()) {
                page.paragraph(messages().get("sites.change." + status.code(), items.size()));
                page.bullets(items);
            }
        }
    }
}
