package nl.cookiekeur.cli.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and the other commands side by side on the embedded database (ADR 0007): the server runs in its own
 * JVM on the default database under {@code COOKIEKEUR_HOME} and records choices, while this JVM exports, verifies
 * and anchors the ledger, lists the scans and judges saved evidence into the scan history. When the server stops,
 * this process takes the database over. A real scan in Chromium writes its history meanwhile too.
 */
@FixtureSites
class ServeAlongsideCommandsTest {
    private static final Pattern LISTENING = Pattern.compile("luistert op (http://\\S+/) ");

    @TempDir
    Path home;

    private final CliServices services = TestApplication.services();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theCommandsWorkOnTheEmbeddedDatabaseWhileServeRuns(FixtureServer sites) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "nl.cookiekeur.app.Main",
                        "serve",
                        "--port",
                        "0")
                .redirectErrorStream(true);
        builder.environment().put("COOKIEKEUR_HOME", home.toString());
        builder.environment().remove("COOKIEKEUR_ADMIN_TOKEN");
        Process serve = builder.start();
        try {
            URI base = awaitListening(serve);
            String db = "jdbc:h2:file:" + home.resolve("cookiekeur");
            String version = demoVersion(base);
            for (int i = 0; i < 3; i++) {
                assertThat(choose(base, version)).isEqualTo(201);
            }

            CliRun verify = run("consent", "verify", "--db", db);
            assertThat(verify.exitCode()).as(verify.err()).isZero();
            assertThat(verify.out()).contains("De keten is intact");

            Path csv = home.resolve("bewijs.csv");
            CliRun export =
                    run("consent", "export", "--site", "demo", "--format", "csv", "--out", csv.toString(), "--db", db);
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(Files.readAllLines(csv)).hasSize(4);

            Path key = home.resolve("anker.key");
            Files.writeString(key, "0123456789abcdef0123456789abcdef");
            Path anchor = home.resolve("anker.json");
            CliRun anchored =
                    run("consent", "anchor", "--to", "file:" + anchor, "--key-file", key.toString(), "--db", db);
            assertThat(anchored.exitCode()).as(anchored.err()).isZero();
            assertThat(anchor).content().contains("\"seq\" : 3");

            Path evidence = home.resolve("bewijs");
            services.evidenceArchive().write(emptyScan(), evidence);
            CliRun report = run(
                    "report",
                    evidence.toString(),
                    "--out",
                    home.resolve("rapport").toString(),
                    "--db",
                    db);
            assertThat(report.exitCode()).as(report.err()).isZero();
            CliRun scan = run(
                    "scan",
                    sites.url(FixtureSite.NOTARIS_BAKKER).toString(),
                    "--phases",
                    "initial",
                    "--pages",
                    "1",
                    "--host-rules",
                    sites.hostRules(),
                    "--ignore-https-errors",
                    "--out",
                    home.resolve("scan").toString(),
                    "--db",
                    db);
            assertThat(scan.exitCode()).as(scan.err()).isZero();
            assertThat(home.resolve("scan").resolve("report.html")).exists();
            CliRun scans = run("scans", "--db", db, "--format", "json");
            assertThat(scans.exitCode()).as(scans.err()).isZero();
            assertThat(scans.out()).contains("www.gedeeld.nl").contains("www.notaris-bakker.nl");

            assertThat(choose(base, version)).as("the server still records").isEqualTo(201);
            CliRun again = run(
                    "consent",
                    "verify",
                    "--site",
                    "demo",
                    "--anchor",
                    anchor.toString(),
                    "--key-file",
                    key.toString(),
                    "--db",
                    db,
                    "--format",
                    "json");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("\"recordsChecked\": 4").contains("\"anchor\": \"checked\"");

            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            CliRun afterwards = run("consent", "verify", "--site", "demo", "--db", db, "--format", "json");
            assertThat(afterwards.exitCode()).as(afterwards.err()).isZero();
            assertThat(afterwards.out()).contains("\"recordsChecked\": 4");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static URI awaitListening(Process serve) throws Exception {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread.ofVirtual().start(() -> lines.lines().forEach(ignored -> {}));
                return URI.create(listening.group(1));
            }
        }
        throw new AssertionError("serve did not start: " + seen);
    }

    private String demoVersion(URI base) throws Exception {
        HttpResponse<String> config = http.send(
                HttpRequest.newBuilder(base.resolve("v1/sites/demo/config"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher version =
                Pattern.compile("\"version\":\"(sha256-[0-9a-f]{64})\"").matcher(config.body());
        assertThat(version.find()).as(config.body()).isTrue();
        return version.group(1);
    }

    private int choose(URI base, String version) throws Exception {
        String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\"" + version
                + "\",\"language\":\"nl\",\"action\":\"reject-all\",\"choices\":{},\"gpc\":false}";
        return http.send(
                        HttpRequest.newBuilder(base.resolve("v1/sites/demo/consents"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static ScanEvidence emptyScan() {
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                "https://www.gedeeld.nl/",
                start,
                start.plusSeconds(20),
                "test",
                "Chromium test",
                "Mozilla/5.0 test",
                "1366x768",
                List.of(Phase.INITIAL),
                1);
        return new ScanEvidence(
                info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private CliRun run(String... args) {
        return CliRun.of(services, "", args);
    }
}
