package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.SiteExpectations;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The main job from end to end, as a user runs it: {@code cookiekeur scan <url>} against every fixture site
 * (real Chromium, real libraries, HTTPS on loopback), with the exact set of check ids each must raise.
 */
@FixtureSites
class ScanEndToEndTest {

    @TempDir
    static Path work;

    private static FixtureServer server;
    private static CliServices services;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        services = TestApplication.services();
    }

    static List<String> scanArgs(FixtureSite site, Path out) {
        return List.of(
                "scan",
                server.url(site).toString(),
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors",
                "--pages",
                "2",
                "--out",
                out.toString(),
                "--db",
                "jdbc:h2:file:" + work.resolve("history") + ";MODE=PostgreSQL");
    }

    @ParameterizedTest
    @EnumSource(
            value = FixtureSite.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"LASTIGE_SITE", "XSS_PROEF"})
    void eachFixtureSiteGetsExactlyItsFindings(FixtureSite site) {
        Path out = work.resolve(site.name());
        CliScan scan = CliScan.run(services, out, scanArgs(site, out).toArray(String[]::new));

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out())
                .contains(out.resolve("report.html").toAbsolutePath().toString());
        for (String file : List.of(
                "report.html",
                "report.json",
                "report.md",
                "cookieverklaring.html",
                "cookieverklaring.md",
                "cookies.csv")) {
            assertThat(out.resolve(file)).as(file).isRegularFile();
        }
        Set<String> expected = SiteExpectations.of(site).checks();
        assertThat(scan.checkIds()).as(site + " findings").isEqualTo(expected);
        if (expected.isEmpty()) {
            assertThat(scan.severities()).doesNotContain("kritiek", "hoog");
        }
        assertThat(Files.exists(out.resolve("scan.ndjson"))).isTrue();
    }
}
