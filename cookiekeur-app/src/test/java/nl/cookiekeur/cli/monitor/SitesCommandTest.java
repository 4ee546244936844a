package nl.cookiekeur.cli.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sites} commands and the worker's input checks on the embedded database, without a browser. */
class SitesCommandTest {

    @TempDir
    Path work;

    private final CliServices services = TestApplication.services();

    @Test
    void aSiteIsAddedListedShownAndRemoved() {
        String db = db();
        CliRun add = run("sites", "add", "www.voorbeeld.nl", "--every", "month", "--pages", "3", "--db", db);
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Site 1 toegevoegd: https://www.voorbeeld.nl/, maandelijks gescand.");

        CliRun list = run("sites", "list", "--db", db, "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains("\"url\": \"https://www.voorbeeld.nl/\"")
                .contains("\"every\": \"month\"");
        CliRun text = run("sites", "list", "--db", db, "--lang", "en");
        assertThat(text.out()).contains("monthly").contains("not scanned yet");

        CliRun show = run("sites", "show", "1", "--db", db);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("nog niet gescand");

        CliRun rescan = run("sites", "rescan", "1", "--db", db);
        assertThat(rescan.exitCode()).as(rescan.err()).isZero();

        CliRun remove = run("sites", "remove", "1", "--db", db);
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(run("sites", "list", "--db", db).out()).contains("Er worden nog geen sites gevolgd.");
    }

    @Test
    void badInputIsOneLineInTheChosenLanguageWithExitCodeTwo() {
        String db = db();
        assertThat(run("sites", "add", "https://www.voorbeeld.nl/", "--db", db).exitCode())
                .isZero();
        CliRun duplicate = run("sites", "add", "https://www.voorbeeld.nl/", "--db", db);
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err().strip()).isEqualTo("Fout: De site https://www.voorbeeld.nl/ wordt al gevolgd.");

        CliRun every = run("sites", "add", "https://www.ander.nl/", "--every", "hourly", "--db", db, "--lang", "en");
        assertThat(every.exitCode()).isEqualTo(2);
        assertThat(every.err())
                .contains("Unknown frequency 'hourly'. Choose day, week or month.")
                .doesNotContain("at ");

        CliRun url = run("sites", "add", "ftp://www.ander.nl/", "--db", db);
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).contains("Dat is geen webadres.");

        CliRun webhook =
                run("sites", "add", "https://www.ander.nl/", "--alert-webhook", "file:/etc/passwd", "--db", db);
        assertThat(webhook.exitCode()).isEqualTo(2);
        assertThat(run("sites", "remove", "99", "--db", db).exitCode()).isEqualTo(2);

        CliRun browsers = run("worker", "--browsers", "99", "--db", db);
        assertThat(browsers.exitCode()).isEqualTo(2);
        assertThat(browsers.err()).contains("--browsers");
        CliRun smtp = run("worker", "--smtp-host", "mail.voorbeeld.nl", "--db", db);
        assertThat(smtp.exitCode()).isEqualTo(2);
        assertThat(smtp.err()).contains("--smtp-from");
        CliRun secret =
                run("worker", "--webhook-secret-file", work.resolve("ontbreekt").toString(), "--db", db);
        assertThat(secret.exitCode()).isEqualTo(2);
    }

    private String db() {
        return "jdbc:h2:file:" + work.resolve("monitor");
    }

    private CliRun run(String... args) {
        return CliRun.of(services, "", args);
    }
}
