package nl.cookiekeur.cli.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.cli.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur knowledge classify}: classifies every observed cookie in a CSV file (knowledge first,
 * then the classifier) and gives each its beslisboom advice, one record per row in input order.
 */
@Command(name = "classify", mixinStandardHelpOptions = true)
public final class ClassifyCommand extends LocalizedCommand {
    private static final int PROGRESS_EVERY = 1000;

    private final CliServices services;

    @Option(names = "--input", required = true, paramLabel = "<bestand.csv>", descriptionKey = "classify.option.input")
    @SuppressWarnings("NullAway.Init") // required option, set by picocli before call()
    private Path input;

    @Option(names = "--format", paramLabel = "<formaat>", descriptionKey = "classify.option.format")
    private String format = "jsonl";

    public ClassifyCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Messages messages = messages();
        boolean csv = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "jsonl" -> false;
            case "csv" -> true;
            default -> throw new BadInputException(messages.get("classify.error.format", format));
        };
        PrintWriter out = out();
        PrintWriter err = err();
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            return classifyAll(reader, csv, messages, out, err).code();
        } catch (NoSuchFileException e) {
            throw new BadInputException(messages.get("classify.error.missing", input));
        } catch (IOException e) {
            throw new CookiekeurException(messages.get("classify.error.read", input, e.getMessage()), e);
        }
    }

    private ExitCode classifyAll(
            BufferedReader reader, boolean csv, Messages messages, PrintWriter out, PrintWriter err)
            throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new BadInputException(messages.get("classify.error.empty", input));
        }
        ObservedCookieCsv rows = ObservedCookieCsv.withHeader(headerLine, messages);
        CookieAdvisor advisor = new CookieAdvisor(services.advisor());
        LabelScore score = new LabelScore();
        if (csv) {
            out.println(String.join(",", ClassifiedRow.COLUMNS));
        }
        int line = 1;
        int done = 0;
        int failed = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            switch (rows.read(line, text)) {
                case RowReading.Malformed malformed -> {
                    err.println(malformed.message());
                    failed++;
                }
                case RowReading.Read read -> {
                    ObservedRow row = read.row();
                    Classification classification = services.cookieClassifier().classify(row.cookie());
                    CookieAdvice advice = advisor.advise(row.cookie(), classification);
                    ClassifiedRow result = ClassifiedRow.of(row.cookie(), classification, advice, messages.language());
                    if (csv) {
                        out.println(result.csv());
                    } else {
                        JsonLines.print(out, result);
                    }
                    Category label = row.label();
                    if (label != null) {
                        score.add(label, classification);
                    }
                }
            }
            done++;
            if (done % PROGRESS_EVERY == 0) {
                err.println(messages.get("classify.progress", done));
            }
        }
        out.flush();
        String summary = score.summary(messages);
        if (!summary.isEmpty()) {
            err.println(summary);
        }
        if (failed > 0) {
            err.println(messages.get("classify.failedRows", failed, done));
        }
        err.flush();
        return failed > 0 ? ExitCode.FAILURE : ExitCode.OK;
    }
}
