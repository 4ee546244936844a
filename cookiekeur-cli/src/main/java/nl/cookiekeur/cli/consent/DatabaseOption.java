package nl.cookiekeur.cli.consent;

import java.nio.file.Path;
import nl.cookiekeur.cli.DatabasePassword;
import nl.cookiekeur.cli.Messages;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db <jdbc url>}: the database of the ledger; the embedded one when absent. Its password comes from
 * {@code --db-password-file} or {@value DatabasePassword#ENVIRONMENT}, never from the command line.
 */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "<jdbc-url>", descriptionKey = "consent.option.db")
    private @Nullable String url;

    @Option(names = "--db-password-file", paramLabel = "<bestand>", descriptionKey = "option.dbPasswordFile")
    private @Nullable Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandSpec command;

    @Nullable
    String url() {
        return DatabasePassword.apply(url, passwordFile, System.getenv(), Messages.of(command));
    }
}
