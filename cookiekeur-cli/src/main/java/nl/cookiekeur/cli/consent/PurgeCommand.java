package nl.cookiekeur.cli.consent;

import java.time.Instant;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.PurgeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cookiekeur consent purge}: deletes records older than the site's retention period. */
@Command(name = "purge", mixinStandardHelpOptions = true)
final class PurgeCommand extends LocalizedCommand {
    private final CliServices services;

    @Option(names = "--site", required = true, paramLabel = "<site>", descriptionKey = "consent.option.site")
    private String site = "";

    @Option(
            names = "--retention-days",
            paramLabel = "<days>",
            defaultValue = "0",
            descriptionKey = "consent.option.retention")
    private int retentionDays;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    PurgeCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (retentionDays < 0 || retentionDays > 36_500) {
            throw new BadInputException(messages().get("consent.error.retention", String.valueOf(retentionDays)));
        }
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            PurgeResult result = ledger.purge(site, retentionDays, Instant.now());
            out().println(messages()
                    .get(
                            "consent.purge.done",
                            result.siteId(),
                            Long.toString(result.purged()),
                            Integer.toString(result.retentionDays()),
                            Long.toString(result.remaining()),
                            Long.toString(result.purgedThrough())));
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        return ExitCode.OK.code();
    }
}
