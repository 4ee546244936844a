package nl.cookiekeur.cli.monitor;

import java.util.List;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.ReportingCommand;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SiteRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cookiekeur sites list}: the monitored sites with their latest rescan. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class SitesListCommand extends ReportingCommand {

    private final CliServices services;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesListCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<MonitoredSite> sites;
        List<List<String>> rows;
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            sites = registry.list();
            rows = sites.stream()
                    .map(site -> row(site, registry.runs(site.id(), 1)))
                    .toList();
        }
        show(sites.stream().map(SiteView::of).toList(), page -> {
            page.title(messages().get("sites.title"));
            if (sites.isEmpty()) {
                page.paragraph(messages().get("sites.none"));
                return;
            }
            page.table(
                    List.of(
                            messages().get("sites.column.id"),
                            messages().get("sites.column.url"),
                            messages().get("sites.column.every"),
                            messages().get("sites.column.pages"),
                            messages().get("sites.column.last")),
                    rows);
        });
        return ExitCode.OK.code();
    }

    private List<String> row(MonitoredSite site, List<SiteRun> last) {
        String latest = last.isEmpty()
                ? messages().get("sites.last.none")
                : messages().get("sites.status." + last.getFirst().status().code()) + " "
                        + last.getFirst().finishedAt();
        return List.of(
                Long.toString(site.id()),
                site.site().url().toString(),
                messages().get("sites.every." + site.site().every().code()),
                Integer.toString(site.site().pages()),
                latest);
    }
}
