package nl.cookiekeur.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db} option: a JDBC URL for the scan history and ledger instead of the embedded default. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "<jdbc-url>", descriptionKey = "option.db")
    private @Nullable String url;

    /** The JDBC URL given, or {@code null} for the embedded default. */
    public @Nullable String url() {
        return url;
    }
}
