package nl.cookiekeur.cli.consent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.PublishedConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur consent config}: publishes a site's banner configuration from a file, shows it, or drafts one
 * from a scan's evidence for the owner to review.
 */
@Command(name = "config", mixinStandardHelpOptions = true)
final class ConfigCommand extends LocalizedCommand {
    private static final long MAX_FILE_BYTES = 256 * 1024;
    private final CliServices services;

    @Option(names = "--site", required = true, paramLabel = "<site>", descriptionKey = "consent.option.site")
    private String site = "";

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings("NullAway.Init") // set by picocli: exactly one of the options is required
    private Source source;

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    /** Where the configuration comes from. */
    static final class Source {
        @Option(names = "--file", paramLabel = "<config.json>", descriptionKey = "consent.option.file")
        @Nullable
        Path file;

        @Option(names = "--show", descriptionKey = "consent.option.show")
        boolean show;

        @Option(names = "--from-scan", paramLabel = "<evidence-dir>", descriptionKey = "consent.option.fromScan")
        @Nullable
        Path scan;
    }

    ConfigCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Path scan = source.scan;
        if (scan != null) {
            return draft(scan);
        }
        Path file = source.file;
        String json = file == null ? "" : read(file);
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            if (file == null) {
                PublishedConfig current = ledger.currentConfig(site)
                        .orElseThrow(() -> new BadInputException(messages().get("consent.error.unknownSite", site)));
                out().println(current.json());
            } else {
                PublishedConfig published = ledger.publishConfig(site, json);
                out().println(messages().get("consent.config.published", published.siteId(), published.version()));
            }
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        return ExitCode.OK.code();
    }

    private int draft(Path scan) {
        if (!Files.isDirectory(scan)) {
            throw new BadInputException(messages().get("consent.error.noScan", scan));
        }
        try {
            out().println(services.consentPlatform().draftConfig(scan));
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        err().println(messages().get("consent.config.drafted", site));
        return ExitCode.OK.code();
    }

    private String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(messages().get("consent.error.noFile", file));
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException(messages().get("consent.error.fileTooLarge", file, MAX_FILE_BYTES / 1024));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(messages().get("consent.error.noFile", file));
        }
    }
}
