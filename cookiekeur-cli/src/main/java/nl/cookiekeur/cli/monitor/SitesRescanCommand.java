package nl.cookiekeur.cli.monitor;

import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.monitoring.SiteRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cookiekeur sites rescan <id>}: the site's next scan is due now; its schedule continues from there. */
@Command(name = "rescan", mixinStandardHelpOptions = true)
final class SitesRescanCommand extends LocalizedCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "sites.option.id")
    private long id;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesRescanCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            if (registry.find(id).isEmpty()) {
                throw new BadInputException(messages().get("sites.error.unknown", id));
            }
            if (!registry.rescanNow(id)) {
                // a worker is scanning it now: what was asked is happening already
                out().println(messages().get("sites.rescan.running", id));
                return ExitCode.OK.code();
            }
        }
        out().println(messages().get("sites.rescan.due", id));
        return ExitCode.OK.code();
    }
}
