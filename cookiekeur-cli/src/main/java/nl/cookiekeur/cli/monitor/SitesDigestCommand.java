package nl.cookiekeur.cli.monitor;

import java.time.Instant;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.DatabaseOption;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.monitoring.AlertSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur sites digest --send-now}: sends this week's digest now to every owner who has not had it this
 * week (the worker sends it on Mondays on its own; a week's digest is never sent twice).
 */
@Command(name = "digest", mixinStandardHelpOptions = true)
final class SitesDigestCommand extends LocalizedCommand {

    private final CliServices services;

    @Option(names = "--send-now", descriptionKey = "sites.option.sendNow")
    private boolean sendNow;

    @Mixin
    private AlertOptions alerts = new AlertOptions();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    SitesDigestCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (!sendNow) {
            throw new BadInputException(messages().get("sites.digest.sendNow"));
        }
        AlertSettings settings = alerts.settings(language(), messages(), System.getenv());
        if (settings.smtp() == null) {
            throw new BadInputException(messages().get("sites.digest.smtp"));
        }
        int sent = services.monitor().sendDigests(database.url(), settings);
        out().println(messages().get("sites.digest.sent", sent, isoWeek(Instant.now())));
        return ExitCode.OK.code();
    }

    private static String isoWeek(Instant now) {
        var time = now.atZone(java.time.ZoneOffset.UTC);
        return String.format(
                java.util.Locale.ROOT,
                "%d-W%02d",
                time.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                time.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
