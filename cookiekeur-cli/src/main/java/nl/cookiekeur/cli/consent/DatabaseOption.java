package nl.cookiekeur.cli.consent;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --db <jdbc url>}: the database of the ledger; the embedded one when absent. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "<jdbc-url>", descriptionKey = "consent.option.db")
    private @Nullable String url;

    @Nullable
    String url() {
        return url;
    }
}
