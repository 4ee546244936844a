package nl.cookiekeur.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database password comes from a file or the environment, never from the command line, and is never shown. */
class DatabasePasswordTest {
    private static final Messages DUTCH = Messages.of(Language.DUTCH);

    @TempDir
    Path work;

    @Test
    void theEnvironmentVariableIsAddedToAPostgresUrlEncoded() {
        String url = DatabasePassword.apply(
                "jdbc:postgresql://db:5432/ck?user=ck", null, Map.of(DatabasePassword.ENVIRONMENT, "ge&heim"), DUTCH);

        assertThat(url).isEqualTo("jdbc:postgresql://db:5432/ck?user=ck&password=ge%26heim");
    }

    @Test
    void theFileWinsOverTheEnvironmentAndAUrlWithItsOwnPasswordStaysAsGiven() throws IOException {
        Path file = Files.writeString(work.resolve("wachtwoord"), "uit-bestand\n");

        assertThat(DatabasePassword.apply(
                        "jdbc:postgresql://db/ck", file, Map.of(DatabasePassword.ENVIRONMENT, "uit-omgeving"), DUTCH))
                .isEqualTo("jdbc:postgresql://db/ck?password=uit-bestand");
        assertThat(DatabasePassword.apply(
                        "jdbc:postgresql://db/ck?password=x", null, Map.of(DatabasePassword.ENVIRONMENT, "y"), DUTCH))
                .isEqualTo("jdbc:postgresql://db/ck?password=x");
        assertThat(DatabasePassword.apply(null, null, Map.of(DatabasePassword.ENVIRONMENT, "y"), DUTCH))
                .isNull();
    }

    @Test
    void anUnreadableFileIsBadInput() {
        assertThatThrownBy(() -> DatabasePassword.apply(
                        "jdbc:postgresql://db/ck", work.resolve("ontbreekt"), Map.of(), Messages.of(Language.ENGLISH)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the password file")
                .hasMessageContaining("cannot be read");
    }

    @Test
    void anH2DatabaseOpensOnlyWithThePasswordFromTheFile() throws IOException {
        String db = "jdbc:h2:file:" + work.resolve("geschiedenis") + ";USER=ck";
        Path right = Files.writeString(work.resolve("goed"), "Zeer-Geheim-42");
        Path wrong = Files.writeString(work.resolve("fout"), "iets-anders");

        CliRun created =
                CliRun.of(TestApplication.services(), "", "scans", "--db", db, "--db-password-file", right.toString());
        CliRun again =
                CliRun.of(TestApplication.services(), "", "scans", "--db", db, "--db-password-file", right.toString());
        CliRun refused =
                CliRun.of(TestApplication.services(), "", "scans", "--db", db, "--db-password-file", wrong.toString());

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).doesNotContain("iets-anders").doesNotContain("Zeer-Geheim-42");
    }

    @Test
    void aPasswordFileWithoutDbIsAUsageError() throws IOException {
        Path file = Files.writeString(work.resolve("wachtwoord"), "x");

        CliRun run = CliRun.of(TestApplication.services(), "", "scans", "--db-password-file", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db-password-file hoort bij --db");
    }
}
