package nl.cookiekeur.cli.consent;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.OutputFailedException;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ExportFormat;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur consent export}: writes a site's proof as JSON or CSV; the JSON carries the chain head signed
 * with the operator's key when one is configured.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends LocalizedCommand {
    private final CliServices services;

    @Option(names = "--site", required = true, paramLabel = "<site>", descriptionKey = "consent.option.site")
    private String site = "";

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|csv",
            descriptionKey = "consent.option.exportFormat")
    private String format = "json";

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "consent.option.out")
    private @Nullable Path outFile;

    @Mixin
    private AnchorKeyOption keyOption = new AnchorKeyOption();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    ExportCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ExportFormat exportFormat = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> ExportFormat.JSON;
            case "csv" -> ExportFormat.CSV;
            default -> throw new nl.cookiekeur.cli.BadInputException(messages().get("consent.error.format", format));
        };
        AnchorKey key = keyOption.key(System.getenv(), messages());
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            Path file = outFile;
            if (file == null) {
                ledger.export(site, exportFormat, out(), key);
                out().flush();
            } else {
                try (Writer writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
                    ledger.export(site, exportFormat, writer, key);
                } catch (IOException | UncheckedIOException e) {
                    throw new OutputFailedException(messages().get("consent.error.write", file), e);
                }
                err().println(messages().get("consent.export.written", file));
            }
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        return ExitCode.OK.code();
    }
}
