package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands around a scan, end to end: {@code --fail-on} exit codes, a site that cannot be scanned,
 * re-judging saved evidence with {@code report}, the history with {@code scans} and {@code diff}, and a hostile
 * site whose markup must stay inert in the report.
 */
@FixtureSites
class ScanCommandsEndToEndTest {

    @TempDir
    static Path work;

    private static @Nullable FixtureServer server;
    private static CliServices services = TestApplication.services();

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
    }

    @AfterAll
    static void stop() {
        if (server != null) {}
    }

    private static FixtureServer server() {
        if (server == null) {
            throw new IllegalStateException("fixture server not started");
        }
        return server;
    }

    private static String history(String name) {
        return "jdbc:h2:file:" + work.resolve("history-" + name);
    }

    private static CliScan scan(FixtureSite site, String name, String... extra) {
        return scanWith(history(name), site, name, extra);
    }

    private static CliScan scanWith(String database, FixtureSite site, String name, String... extra) {
        Path out = work.resolve(name);
        String[] base = {
            "scan",
            server().url(site).toString(),
            "--host-rules",
            server().hostRules(),
            "--ignore-https-errors",
            "--pages",
            "1",
            "--phases",
            "initial,reject",
            "--out",
            out.toString(),
            "--db",
            database
        };
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliScan.run(services, out, all);
    }

    @Test
    void failOnSetsTheExitCodeAndHistoryComparesScans() {
        String history = history("ci");
        CliScan tracking = scanWith(history, FixtureSite.FIETSENWINKEL_DEVRIES, "fietsen", "--fail-on", "kritiek");
        assertThat(tracking.exitCode()).as(tracking.err()).isEqualTo(1);
        assertThat(tracking.checkIds()).contains("NL-CK-01");
        assertThat(tracking.out()).contains("Niet in orde").contains("report.html");

        CliScan clean = scanWith(history, FixtureSite.DICHTERSGILDE, "gedichten", "--fail-on", "laag");
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.checkIds()).isEmpty();

        CliScan rejudged = CliScan.run(
                services,
                work.resolve("opnieuw"),
                "report",
                work.resolve("fietsen").toString(),
                "--out",
                work.resolve("opnieuw").toString(),
                "--db",
                history,
                "--fail-on",
                "kritiek");
        assertThat(rejudged.exitCode()).as(rejudged.err()).isEqualTo(1);
        assertThat(rejudged.checkIds()).isEqualTo(tracking.checkIds());

        CliScan listed = CliScan.run(services, work, "scans", "--db", history, "--format", "json");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("www.fietsenwinkel-devries.nl").contains("www.dichtersgilde.nl");

        CliScan diff = CliScan.run(services, work, "diff", "2", "3", "--db", history);
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("Nieuwe bevindingen").contains("NL-CK-01");
    }

    @Test
    void wrongUsageAndUnreachableSitesHaveTheirOwnExitCodes() {
        CliScan badLevel = scan(FixtureSite.DICHTERSGILDE, "fout", "--fail-on", "ernstig");
        assertThat(badLevel.exitCode()).isEqualTo(2);
        assertThat(badLevel.err()).contains("--fail-on");

        Path out = work.resolve("onbereikbaar");
        CliScan unreachable = CliScan.run(
                services,
                out,
                "scan",
                "https://www.bestaat-niet.nl/",
                "--host-rules",
                server().hostRules(),
                "--ignore-https-errors",
                "--out",
                out.toString(),
                "--db",
                history("onbereikbaar"));
        assertThat(unreachable.exitCode()).as(unreachable.err()).isEqualTo(3);
        assertThat(unreachable.err()).doesNotContain("Exception");
    }

    @Test
    void hostileMarkupFromTheSiteStaysInertInTheReports() throws IOException {
        CliScan scan = scan(FixtureSite.XSS_PROEF, "xss");
        assertThat(scan.exitCode()).as(scan.err()).isZero();

        for (String file : new String[] {"report.html", "cookieverklaring.html"}) {
            Document html = Jsoup.parse(Files.readString(work.resolve("xss").resolve(file)));
            assertThat(html.select("script")).as(file + " scripts").isEmpty();
            for (Element element : html.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    assertThat(attribute.getKey()).as(file).doesNotStartWith("on");
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT))
                            .as(file)
                            .doesNotStartWith("javascript:");
                });
            }
            assertThat(html.select("svg[onload], img[onerror]")).isEmpty();
        }
        Document report = Jsoup.parse(Files.readString(work.resolve("xss").resolve("report.html")));
        assertThat(report.text())
                .as("the hostile cookie name is shown as text")
                .contains("<script>alert(\"cookienaam\")</script>");
    }
}
