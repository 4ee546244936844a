package nl.cookiekeur.cli.consent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.LocalizedCommand;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.SignedHead;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cookiekeur consent anchor}: signs the chain head of each site with the operator's key and writes it to a
 * file or posts it to a webhook, outside the database, so {@code consent verify --anchor} can later name records
 * removed from the end of a chain.
 */
@Command(name = "anchor", mixinStandardHelpOptions = true)
final class AnchorCommand extends LocalizedCommand {
    private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(15);
    private final CliServices services;

    @Option(names = "--site", paramLabel = "<site>", descriptionKey = "consent.option.siteAll")
    private @Nullable String site;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "file:<path>|<https-url>",
            descriptionKey = "consent.option.anchorTo")
    private String to = "";

    @Mixin
    private AnchorKeyOption keyOption = new AnchorKeyOption();

    @Mixin
    private DatabaseOption database = new DatabaseOption();

    AnchorCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        String lower = to.toLowerCase(Locale.ROOT);
        boolean toFile = lower.startsWith("file:");
        if (!toFile && !lower.startsWith("https://") && !isLocalHttp(lower)) {
            throw new BadInputException(messages().get("consent.error.anchorTo", to));
        }
        AnchorKey key = keyOption.key(System.getenv(), messages());
        if (key == null) {
            throw new BadInputException(messages().get("consent.error.noKey"));
        }
        List<SignedHead> heads = new ArrayList<>();
        try (ConsentLedger ledger = services.consentPlatform().open(database.url())) {
            String only = site;
            for (String each : only == null ? ledger.sites() : List.of(only)) {
                heads.add(ledger.head(each, key));
            }
        } catch (ConsentException e) {
            throw ConsentErrors.translate(e, messages());
        }
        String document = AnchorDocument.write(heads);
        boolean delivered = toFile ? writeFile(Path.of(to.substring("file:".length())), document) : post(document);
        if (!delivered) {
            return ExitCode.OUTPUT_FAILED.code();
        }
        for (SignedHead head : heads) {
            out().println(messages()
                    .get("consent.anchor.written", head.siteId(), Long.toString(head.seq()), head.hash(), to));
        }
        return ExitCode.OK.code();
    }

    /** Plain HTTP only to this machine (a local relay or a test); anything else must be HTTPS. */
    private static boolean isLocalHttp(String url) {
        return url.startsWith("http://127.0.0.1:") || url.startsWith("http://localhost:");
    }

    private boolean writeFile(Path file, String document) {
        try {
            Path absolute = file.toAbsolutePath();
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
            Files.writeString(temporary, document, StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            err().println(messages().get("error.failure", messages().get("consent.error.write", file)));
            return false;
        }
    }

    private boolean post(String document) {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(WEBHOOK_TIMEOUT).build()) {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(to))
                            .timeout(WEBHOOK_TIMEOUT)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            err().println(messages()
                    .get(
                            "error.failure",
                            messages().get("consent.error.webhook", to, Integer.toString(response.statusCode()))));
        } catch (IOException | IllegalArgumentException e) {
            err().println(messages().get("error.failure", messages().get("consent.error.webhook", to, "-")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err().println(messages().get("error.failure", messages().get("consent.error.webhook", to, "-")));
        }
        return false;
    }
}
