package nl.cookiekeur.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option: a JDBC URL for the scan history and ledger instead of the embedded default; its
 * password comes from {@code --db-password-file} or {@value DatabasePassword#ENVIRONMENT}, never from the command
 * line.
 */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "<jdbc-url>", descriptionKey = "option.db")
    private @Nullable String url;

    @Option(names = "--db-password-file", paramLabel = "<bestand>", descriptionKey = "option.dbPasswordFile")
    private @Nullable Path passwordFile;

    @Spec(Spec.Target.MIXEE)
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandSpec command;

    /** The JDBC URL given, with the password added, or {@code null} for the embedded default. */
    public @Nullable String url() {
        return DatabasePassword.apply(url, passwordFile, System.getenv(), Messages.of(command));
    }
}
