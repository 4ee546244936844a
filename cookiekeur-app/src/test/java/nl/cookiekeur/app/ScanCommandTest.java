package nl.cookiekeur.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code cookiekeur scan} end to end: the wired scanner in Chromium, the NDJSON archive, exit codes. */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanCommandTest {
    private FixtureServer server;

    private record Run(int exitCode, String out, String err) {}

    @BeforeAll
    void start(FixtureServer shared) {
        server = shared;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = nl.cookiekeur.cli.launch.Cli.run(
                args,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new BufferedReader(new StringReader("")),
                Main.services());
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void writesEvidenceThatCanBeReadBack(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("scan-out");
        Run run = run(
                "scan",
                server.url(FixtureSite.NOTARIS_BAKKER).toString(),
                "--evidence-only",
                "--out",
                out.toString(),
                "--pages",
                "1",
                "--phases",
                "initial",
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("[initial 1/1] laden");
        assertThat(run.out())
                .contains("Scan van https://www.notaris-bakker.nl/", "initial: 1 pagina's", "Bewijs geschreven naar");
        assertThat(out.resolve("cookies.ndjson")).exists();
        try (var shots = Files.list(out.resolve("screenshots"))) {
            assertThat(shots).isNotEmpty();
        }
        ScanEvidence evidence = new NdjsonEvidenceArchive().read(out);
        ObservedCookie session = evidence.cookies(Phase.INITIAL).stream()
                .filter(c -> c.name().equals("BAKKER_SESSIE"))
                .findFirst()
                .orElseThrow();
        assertThat(session.source()).isEqualTo(CookieSource.HTTP);
        assertThat(evidence.scan().phases()).containsExactly(Phase.INITIAL);
    }

    @Test
    void credentialsInTheAddressAreNeitherUsedNorStored(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("scan-out");
        String withCredentials =
                server.url(FixtureSite.NOTARIS_BAKKER).toString().replace("https://", "https://jan:geheim@");
        Run run = run(
                "scan",
                withCredentials,
                "--evidence-only",
                "--out",
                out.toString(),
                "--pages",
                "1",
                "--phases",
                "initial",
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new NdjsonEvidenceArchive().read(out).scan().startUrl()).isEqualTo("https://www.notaris-bakker.nl/");
        assertThat(run.out() + run.err()).doesNotContain("geheim");
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith("json")).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain("geheim")
                        .doesNotContain("jan:");
            }
        }
    }

    @Test
    void anUnreachableSiteExitsWithThree(@TempDir Path folder) {
        Run run = run(
                "scan",
                "https://www.bestaat-niet-cookiekeur.nl/",
                "--evidence-only",
                "--out",
                folder.toString(),
                "--phases",
                "initial",
                "--host-rules",
                server.hostRules());
        assertThat(run.exitCode()).isEqualTo(3);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines.getLast())
                .startsWith("Scan mislukt: De site https://www.bestaat-niet-cookiekeur.nl/ is niet te scannen");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void anUnreachableSiteScannedInEnglishSaysWhyInOneEnglishLine(@TempDir Path folder) {
        Run run = run(
                "scan",
                "https://www.bestaat-niet-cookiekeur.nl/",
                "--lang",
                "en",
                "--evidence-only",
                "--out",
                folder.toString(),
                "--phases",
                "initial",
                "--host-rules",
                server.hostRules());
        assertThat(run.exitCode()).isEqualTo(3);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines.getLast())
                .isEqualTo("Scan failed: The site https://www.bestaat-niet-cookiekeur.nl/ cannot be scanned:"
                        + " its name is not found (DNS).");
        assertThat(run.err()).doesNotContain("niet te scannen").doesNotContain("Exception");
        assertThat(lines)
                .as("the name is looked up before any browser starts: no progress lines")
                .hasSize(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void badOptionsExitWithTwoBeforeAnyBrowserStarts(@TempDir Path folder) {
        Run level = run("scan", "https://www.shop.nl/", "--out", folder.toString(), "--fail-on", "ernstig");
        assertThat(level.exitCode()).isEqualTo(2);
        assertThat(level.err())
                .contains("onbekend niveau 'ernstig' voor --fail-on")
                .doesNotContain("laden");
        Run phase = run(
                "scan",
                "https://www.shop.nl/",
                "--evidence-only",
                "--out",
                folder.toString(),
                "--phases",
                "initial,later");
        assertThat(phase.exitCode()).isEqualTo(2);
        assertThat(phase.err()).contains("onbekende fase 'later'");
        Run pages = run("scan", "https://www.shop.nl/", "--evidence-only", "--out", folder.toString(), "--pages", "0");
        assertThat(pages.exitCode()).isEqualTo(2);
        assertThat(pages.err()).contains("--pages moet tussen 1 en 50 liggen, niet 0");
        Run url = run("scan", "ftp://www.shop.nl/", "--evidence-only", "--out", folder.toString());
        assertThat(url.exitCode()).isEqualTo(2);
        Run english = run(
                "scan",
                "https://www.shop.nl/",
                "--lang",
                "en",
                "--evidence-only",
                "--out",
                folder.toString(),
                "--pages",
                "99");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.err()).contains("--pages must be between 1 and 50, not 99");
    }
}
