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

/** {@code cookiekeur sites remove <id>}: stop monitoring a site; its scan history stays. */
@Command(name = "remove", mixinStandardHelpOptions = true)
final class SitesRemoveCommand extends LocalizedCommand {

    private final CliServices services;

    @Parameters(index = "0", paramLabel = "<id>", descriptionKey = "sites.option.id")
    private long id;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesRemoveCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (SiteRegistry registry = services.monitor().sites(database.url())) {
            if (!registry.remove(id)) {
                throw new BadInputException(messages().get("sites.error.unknown", id));
            }
        }
        out().println(messages().get("sites.removed", id));
        return ExitCode.OK.code();
    }
}
