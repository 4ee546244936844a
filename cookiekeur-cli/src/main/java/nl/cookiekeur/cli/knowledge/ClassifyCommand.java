package nl.cookiekeur.cli.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import nl.cookiekeur.classification.SiteSplit;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur knowledge classify}: classifies every observed cookie in a file (knowledge first, then the
 * classifier) and gives each its beslisboom advice, one record per row in input order. Reads CSV (the
 * exchange format or common export columns), export JSON and Netscape cookies.txt; {@code --part} keeps only
 * the held-out or fitted sites of the {@link SiteSplit}.
 */
@Command(name = "classify", mixinStandardHelpOptions = true)
public final class ClassifyCommand extends LocalizedCommand {
    private final CliServices services;

    @Option(names = "--input", required = true, paramLabel = "<bestand.csv>", descriptionKey = "classify.option.input")
    @SuppressWarnings("NullAway.Init") // required option, set by picocli before call()
    private Path input;

    @Option(names = "--format", paramLabel = "<formaat>", descriptionKey = "classify.option.format")
    private String format = "jsonl";

    @Option(names = "--site", paramLabel = "<adres>", descriptionKey = "classify.option.site")
    private @Nullable String site;

    @Option(names = "--part", paramLabel = "<deel>", descriptionKey = "classify.option.part")
    private String part = "all";

    public ClassifyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl", "json" -> false;
            case "csv" -> true;
            default -> throw new BadInputException(messages.get("classify.error.format", format));
        };
        SiteSplit.Part wanted = Arrays.stream(SiteSplit.Part.values())
                .filter(p -> p.id().equalsIgnoreCase(part.strip()))
                .findFirst()
                .orElseThrow(() -> new BadInputException(messages.get("classify.error.part", part)));
        ObservedCookieFields fields = new ObservedCookieFields(messages, defaultSite(messages), Instant.now());
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            return new ClassifyRun(services, messages, csv, wanted, out(), err())
                    .run(rows(reader, fields, messages))
                    .code();
        } catch (NoSuchFileException e) {
            throw new BadInputException(messages.get("classify.error.missing", input));
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(messages.get("classify.error.read", input, e.getMessage()));
        }
    }

    private @Nullable URI defaultSite(Messages messages) {
        if (site == null) {
            return null;
        }
        String text = site.strip();
        try {
            URI uri = new URI(text.contains("://") ? text : "https://" + text + "/");
            if (uri.getHost() == null) {
                throw new BadInputException(messages.get("classify.error.site", text));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadInputException(messages.get("classify.error.site", text));
        }
    }

    /** The records of the file, recognised as export JSON, a Netscape cookies.txt or CSV by its first line. */
    private Iterator<RowReading> rows(BufferedReader reader, ObservedCookieFields fields, Messages messages)
            throws IOException {
        String first = reader.readLine();
        while (first != null && first.isBlank()) {
            first = reader.readLine();
        }
        if (first == null) {
            throw new BadInputException(messages.get("classify.error.empty", input));
        }
        String firstLine = first.startsWith("\uFEFF") ? first.substring(1) : first;
        String opening = firstLine.strip();
        if (opening.startsWith("[") || opening.startsWith("{")) {
            StringBuilder document = new StringBuilder(firstLine).append('\n');
            reader.lines().forEach(l -> document.append(l).append('\n'));
            return CookieExportJson.read(document.toString(), fields, messages).iterator();
        }
        if (NetscapeCookieFile.recognises(firstLine)) {
            Iterator<String> lines =
                    Stream.concat(Stream.of(firstLine), reader.lines()).iterator();
            return new LineRows(
                    lines,
                    1,
                    (line, text) -> NetscapeCookieFile.skipped(text)
                            ? null
                            : NetscapeCookieFile.read(line, text, fields, messages));
        }
        ObservedCookieCsv csvRows = ObservedCookieCsv.withHeader(firstLine, fields, site != null, messages);
        return new LineRows(
                reader.lines().iterator(), 2, (line, text) -> text.isBlank() ? null : csvRows.read(line, text));
    }
}
