package nl.cookiekeur.cli.consent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.consent.AnchorKey;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --key-file <file>}: the operator's secret that signs chain heads; without the option the file named by
 * {@code COOKIEKEUR_ANCHOR_KEY_FILE}, else the secret in {@code COOKIEKEUR_ANCHOR_KEY}. The secret lives outside
 * the database, never in it.
 */
final class AnchorKeyOption {
    static final String FILE_VARIABLE = "COOKIEKEUR_ANCHOR_KEY_FILE";
    static final String VALUE_VARIABLE = "COOKIEKEUR_ANCHOR_KEY";

    @Option(names = "--key-file", paramLabel = "<file>", descriptionKey = "consent.option.keyFile")
    private @Nullable Path file;

    /** The configured key, or {@code null} when none is configured. */
    @Nullable
    AnchorKey key(Map<String, String> environment, Messages messages) {
        Path chosen = file;
        String fromEnvironment = environment.get(FILE_VARIABLE);
        if (chosen == null && fromEnvironment != null && !fromEnvironment.isBlank()) {
            chosen = Path.of(fromEnvironment);
        }
        String secret;
        String source;
        if (chosen != null) {
            try {
                secret = Files.readString(chosen, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException(messages.get("consent.error.keyFile", chosen));
            }
            source = chosen.toString();
        } else {
            secret = environment.getOrDefault(VALUE_VARIABLE, "");
            source = VALUE_VARIABLE;
            if (secret.isBlank()) {
                return null;
            }
        }
        try {
            return AnchorKey.of(secret);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    messages.get("consent.error.keyShort", source, Integer.toString(AnchorKey.MIN_BYTES)));
        }
    }
}
