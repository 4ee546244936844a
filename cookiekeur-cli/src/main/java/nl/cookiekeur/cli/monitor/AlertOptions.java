package nl.cookiekeur.cli.monitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.SmtpServer;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The worker's alert options: the SMTP server and the webhook key. Secrets come from a file or the environment
 * ({@value #SMTP_PASSWORD}, {@value #WEBHOOK_SECRET}), never from the command line.
 */
final class AlertOptions {
    static final String SMTP_PASSWORD = "COOKIEKEUR_SMTP_PASSWORD";
    static final String WEBHOOK_SECRET = "COOKIEKEUR_WEBHOOK_SECRET";
    private static final long MAX_SECRET_BYTES = 4096;

    @Option(names = "--smtp-host", paramLabel = "<host>", descriptionKey = "worker.option.smtpHost")
    private @Nullable String smtpHost;

    @Option(
            names = "--smtp-port",
            paramLabel = "<poort>",
            defaultValue = "587",
            descriptionKey = "worker.option.smtpPort")
    private int smtpPort = 587;

    @Option(
            names = "--smtp-security",
            paramLabel = "<none|starttls|tls>",
            defaultValue = "starttls",
            descriptionKey = "worker.option.smtpSecurity")
    private String smtpSecurity = "starttls";

    @Option(names = "--smtp-user", paramLabel = "<gebruiker>", descriptionKey = "worker.option.smtpUser")
    private @Nullable String smtpUser;

    @Option(names = "--smtp-password-file", paramLabel = "<bestand>", descriptionKey = "worker.option.smtpPasswordFile")
    private @Nullable Path smtpPasswordFile;

    @Option(names = "--smtp-from", paramLabel = "<adres>", descriptionKey = "worker.option.smtpFrom")
    private @Nullable String smtpFrom;

    @Option(
            names = "--webhook-secret-file",
            paramLabel = "<bestand>",
            descriptionKey = "worker.option.webhookSecretFile")
    private @Nullable Path webhookSecretFile;

    /** The alert settings, checked; bad values are a {@link BadInputException} in the user's language. */
    AlertSettings settings(Language language, Messages messages, Map<String, String> environment) {
        return new AlertSettings(smtp(messages, environment), webhookSecret(messages, environment), language);
    }

    private @Nullable SmtpServer smtp(Messages messages, Map<String, String> environment) {
        if (smtpHost == null || smtpHost.isBlank()) {
            return null;
        }
        if (smtpFrom == null || !AlertTargets.isEmail(smtpFrom.strip())) {
            throw new BadInputException(messages.get("worker.error.smtpFrom"));
        }
        if (smtpPort < 1 || smtpPort > 65_535) {
            throw new BadInputException(messages.get("scan.error.range", "--smtp-port", smtpPort, 1, 65_535));
        }
        SmtpServer.Security security = switch (smtpSecurity.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> SmtpServer.Security.NONE;
            case "starttls" -> SmtpServer.Security.STARTTLS;
            case "tls" -> SmtpServer.Security.TLS;
            default -> throw new BadInputException(messages.get("worker.error.smtpSecurity", smtpSecurity));
        };
        String password = secret(smtpPasswordFile, environment.get(SMTP_PASSWORD), messages);
        String user = smtpUser == null || smtpUser.isBlank() ? null : smtpUser.strip();
        return new SmtpServer(smtpHost.strip(), smtpPort, security, user, password, smtpFrom.strip());
    }

    private @Nullable String webhookSecret(Messages messages, Map<String, String> environment) {
        String secret = secret(webhookSecretFile, environment.get(WEBHOOK_SECRET), messages);
        if (secret != null && secret.length() < 32) {
            throw new BadInputException(messages.get("worker.error.webhookSecret"));
        }
        return secret;
    }

    /** The first line of the file when given, else the environment's value, else {@code null}. */
    private static @Nullable String secret(@Nullable Path file, @Nullable String fromEnvironment, Messages messages) {
        if (file != null) {
            try {
                if (Files.size(file) > MAX_SECRET_BYTES) {
                    throw new BadInputException(messages.get("worker.error.secretFile", file));
                }
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                int newline = text.indexOf('\n');
                return newline < 0 ? text : text.substring(0, newline).strip();
            } catch (IOException e) {
                throw new BadInputException(messages.get("worker.error.secretFile", file));
            }
        }
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }
}
