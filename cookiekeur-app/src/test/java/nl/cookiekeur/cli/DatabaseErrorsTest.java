package nl.cookiekeur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import nl.cookiekeur.app.TestApplication;
import org.junit.jupiter.api.Test;

/**
 * A database URL of an unsupported kind is wrong input (exit 2) for every command that takes {@code --db}, also
 * where the scan history or the monitor wraps the problem; a database that cannot be reached is exit 6; both are
 * one line in the chosen language, never a Dutch sentence in an English run.
 */
class DatabaseErrorsTest {

    private static CliRun run(String... args) {
        return CliRun.of(TestApplication.services(), "", args);
    }

    @Test
    void anUnsupportedUrlIsWrongInputInEveryCommandAndLanguage() {
        for (String[] command : new String[][] {{"scans"}, {"sites", "list"}, {"diff", "1", "2"}}) {
            CliRun dutch = run(concat(command, "--db", "jdbc:mysql://db.voorbeeld.nl/ck"));
            CliRun english = run(concat(command, "--db", "notaurl", "--lang", "en"));

            assertThat(dutch.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(dutch.err().strip())
                    .isEqualTo("Fout: Onbekende database-URL 'jdbc:mysql://db.voorbeeld.nl/ck': gebruik "
                            + "jdbc:postgresql://host:5432/naam of jdbc:h2:file:/pad/naam.");
            assertThat(english.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(english.err().strip())
                    .isEqualTo("Error: unknown database URL 'notaurl': use jdbc:postgresql://host:5432/name or "
                            + "jdbc:h2:file:/path/name");
        }
    }

    @Test
    void anUnreachableServerIsExitSixInTheChosenLanguage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/ck";

        CliRun english = run("sites", "list", "--db", url, "--lang", "en");
        CliRun dutch = run("scans", "--db", url);

        assertThat(english.exitCode()).isEqualTo(6);
        assertThat(english.err().strip())
                .isEqualTo("Failed: the database " + url + " cannot be reached: the server does not answer or refused "
                        + "the login (check host, port, user and password)");
        assertThat(dutch.exitCode()).isEqualTo(6);
        assertThat(dutch.err()).startsWith("Mislukt: De database " + url + " is niet bereikbaar");
    }

    private static String[] concat(String[] command, String... more) {
        String[] all = new String[command.length + more.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(more, 0, all, command.length, more.length);
        return all;
    }
}
