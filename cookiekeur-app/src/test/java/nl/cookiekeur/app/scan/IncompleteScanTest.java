package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that could not look never says "no serious problems": a start page that hangs or answers with an HTTP
 * error ends with exit code 4 and every report says so at the top; a name that does not resolve and an output
 * that cannot be written have codes of their own and leave no empty folder.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncompleteScanTest {
    private static final String HOSTILE = FixtureSite.LASTIGE_SITE.host();

    @TempDir
    Path work;

    private final CliServices services = TestApplication.services();
    private FixtureServer server;

    @BeforeAll
    void start(FixtureServer shared) {
        server = shared;
    }

    private CliScan scan(String url, Path out, String... extra) {
        String[] base = {
            "scan",
            url,
            "--host-rules",
            server.hostRules(),
            "--ignore-https-errors",
            "--pages",
            "1",
            "--phases",
            "initial",
            "--timeout",
            "30",
            "--out",
            out.toString(),
            "--db",
            "jdbc:h2:file:" + work.resolve("history")
        };
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliScan.run(services, out, all);
    }

    @Test
    void aHangingStartPageEndsIncompleteAndReportHtmlSaysSoAtTheTop() throws IOException {
        Path out = work.resolve("vastloper");
        CliScan scan = scan(server.url(HOSTILE, "/vastloper.html").toString(), out, "--fail-on", "kritiek");

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(4);
        assertThat(scan.out().lines().findFirst().orElse(""))
                .startsWith("Scan onvolledig voor https://www.lastige-site.nl/vastloper.html");
        assertThat(scan.out())
                .contains("de startpagina https://www.lastige-site.nl/vastloper.html is in fase initial niet bekeken")
                .doesNotContain("Geen kritieke of hoge bevindingen");
        Document html = Jsoup.parse(Files.readString(out.resolve("report.html")));
        assertThat(html.select("#verdict").hasClass("verdict-incomplete")).isTrue();
        assertThat(html.select("#verdict .verdict-headline").text())
                .isEqualTo("Scan onvolledig: niet alles kon worden bekeken, dus dit is geen vrijspraak");
        assertThat(html.select("#verdict").text())
                .contains("is in fase initial niet bekeken")
                .doesNotContain("Geen ernstige problemen gevonden");
        assertThat(scan.report().path("verdict").path("status").asText()).isEqualTo("incomplete");
        assertThat(scan.report()
                        .path("verdict")
                        .path("notSeen")
                        .get(0)
                        .path("en")
                        .asText())
                .startsWith("the start page https://www.lastige-site.nl/vastloper.html was not inspected");
        assertThat(Files.readString(out.resolve("report.md")).lines().limit(6))
                .anySatisfy(line -> assertThat(line).contains("Scan onvolledig"));
    }

    @Test
    void aStartPageAnsweringNotFoundEndsIncomplete() {
        Path out = work.resolve("niet-gevonden");
        CliScan scan = scan(server.url(HOSTILE, "/bestaat-niet.html").toString(), out, "--lang", "en");

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(4);
        assertThat(scan.out())
                .startsWith("Scan incomplete for https://www.lastige-site.nl/bestaat-niet.html")
                .contains("the server answered with HTTP status 404");
        assertThat(scan.report().path("verdict").path("status").asText()).isEqualTo("incomplete");

        Path evidenceOnly = work.resolve("alleen-bewijs");
        CliScan collected = scan(server.url(HOSTILE, "/bestaat-niet.html").toString(), evidenceOnly, "--evidence-only");
        assertThat(collected.exitCode()).as(collected.err()).isEqualTo(4);
        assertThat(collected.out())
                .startsWith("Scan onvolledig voor https://www.lastige-site.nl/bestaat-niet.html")
                .contains("de server antwoordde met HTTP-status 404");
    }

    @Test
    void aNameThatDoesNotResolveFailsWithThreeAndLeavesNoFolder() {
        Path out = work.resolve("onbekend");
        CliScan scan = scan("https://www.bestaat-niet-cookiekeur.nl/", out);

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(3);
        assertThat(scan.err().strip())
                .isEqualTo("Scan mislukt: De site https://www.bestaat-niet-cookiekeur.nl/ is niet te scannen:"
                        + " de naam van de site is niet te vinden (DNS).");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeAFolderFailsWithSeven() throws IOException {
        Path file = Files.writeString(work.resolve("bestaand.txt"), "al hier");
        CliScan onFile = scan(server.url(FixtureSite.DICHTERSGILDE).toString(), file);
        assertThat(onFile.exitCode()).as(onFile.err()).isEqualTo(7);
        assertThat(onFile.err()).contains("kan niet worden gemaakt");
        assertThat(Files.readString(file)).isEqualTo("al hier");

        CliScan inProc = scan(server.url(FixtureSite.DICHTERSGILDE).toString(), Path.of("/proc/cookiekeur-x"));
        assertThat(inProc.exitCode()).as(inProc.err()).isEqualTo(7);
    }
}
