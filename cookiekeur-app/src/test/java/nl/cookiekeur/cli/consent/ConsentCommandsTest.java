package nl.cookiekeur.cli.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.ledger.LedgerServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent commands against a real embedded ledger. */
class ConsentCommandsTest {
    private static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE";

    @TempDir
    Path folder;

    private CliServices services;
    private String db;

    @BeforeEach
    void setUp() {
        services = TestApplication.services();
        db = "jdbc:h2:file:" + folder.resolve("ledger");
    }

    @Test
    void publishShowVerifyExportAndPurgeASite() throws Exception {
        Path config = folder.resolve("config.json");
        Files.writeString(config, demoConfig(), StandardCharsets.UTF_8);
        CliRun published = run("consent", "config", "--site", "winkel", "--file", config.toString(), "--db", db);
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("Configuratie van site 'winkel' gepubliceerd als versie sha256-");

        CliRun shown = run("consent", "config", "--site", "winkel", "--show", "--db", db);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("\"siteId\":\"winkel\"");

        recordChoices(3);
        CliRun verify = run("consent", "verify", "--site", "winkel", "--db", db);
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("De keten is intact").contains("3");

        Path csv = folder.resolve("bewijs.csv");
        CliRun export =
                run("consent", "export", "--site", "winkel", "--format", "csv", "--out", csv.toString(), "--db", db);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("seq,recordId,consentId");

        CliRun json = run("consent", "export", "--site", "winkel", "--db", db);
        assertThat(json.out()).contains("\"records\"").contains("\"configs\"");

        CliRun purge = run("consent", "purge", "--site", "winkel", "--db", db);
        assertThat(purge.exitCode()).isZero();
        assertThat(purge.out()).contains("0 records verwijderd (bewaartermijn 1095 dagen); 3 records bewaard");
    }

    @Test
    void verifyExitsFiveAndNamesTamperedRecords() throws Exception {
        Path config = folder.resolve("config.json");
        Files.writeString(config, demoConfig(), StandardCharsets.UTF_8);
        assertThat(run("consent", "config", "--site", "winkel", "--file", config.toString(), "--db", db)
                        .exitCode())
                .isZero();
        recordChoices(5);
        try (Connection c = DriverManager.getConnection(db + H2_SETTINGS);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE consent_record SET action = 'accept-all' WHERE seq = 2");
            s.executeUpdate("DELETE FROM consent_record WHERE seq = 4");
        }
        CliRun verify = run("consent", "verify", "--db", db);
        assertThat(verify.exitCode()).isEqualTo(5);
        assertThat(verify.out())
                .contains("NIET intact; 2 records")
                .contains("record 2 is gewijzigd")
                .contains("record 4 is verwijderd");
        CliRun english = run("consent", "verify", "--site", "winkel", "--db", db, "--lang", "en", "--format", "json");
        assertThat(english.exitCode()).isEqualTo(5);
        assertThat(english.out()).contains("\"kind\": \"altered\"").contains("\"kind\": \"removed\"");
    }

    @Test
    void anEditedBannerTextIsNamedAndExitsFive() throws Exception {
        publishDemo();
        recordChoices(2);
        String version;
        try (ConsentLedger ledger = services.consentPlatform().open(db)) {
            version = ledger.currentConfig("winkel").orElseThrow().version();
        }
        sql("UPDATE consent_config SET content = REPLACE(content, 'Statistieken', 'Verbeteringen')");
        CliRun verify = run("consent", "verify", "--db", db);
        assertThat(verify.exitCode()).isEqualTo(5);
        assertThat(verify.out())
                .contains("NIET intact; 1 records of configuraties")
                .contains("configuratie " + version + " is gewijzigd");
        CliRun json = run("consent", "verify", "--db", db, "--format", "json");
        assertThat(json.out()).contains("\"configProblems\"").contains("\"kind\": \"altered\"");
    }

    @Test
    void aCutTailWithARewrittenHeadIsNamedAgainstTheAnchorFile() throws Exception {
        publishDemo();
        recordChoices(5);
        Path key = folder.resolve("anker.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef\n", StandardCharsets.UTF_8);
        Path anchor = folder.resolve("ankers").resolve("anker.json");
        CliRun anchored = run("consent", "anchor", "--to", "file:" + anchor, "--key-file", key.toString(), "--db", db);
        assertThat(anchored.exitCode()).as(anchored.err()).isZero();
        assertThat(anchored.out()).contains("Kop van site 'winkel' (record 5, sha256-");

        CliRun export = run("consent", "export", "--site", "winkel", "--key-file", key.toString(), "--db", db);
        assertThat(export.out()).contains("\"signedHead\"").contains("\"signature\" : \"hmac-sha256-");

        sql("DELETE FROM consent_record WHERE seq >= 4");
        sql("UPDATE consent_chain_head SET seq = 3, hash = (SELECT hash FROM consent_record WHERE seq = 3)");
        assertThat(run("consent", "verify", "--db", db).exitCode())
                .as("the database alone cannot show a cut tail with a rewritten head")
                .isZero();

        CliRun verify =
                run("consent", "verify", "--anchor", anchor.toString(), "--key-file", key.toString(), "--db", db);
        assertThat(verify.exitCode()).isEqualTo(5);
        assertThat(verify.out())
                .contains("handtekening klopt")
                .contains("record 4 is verwijderd")
                .contains("record 5 is verwijderd");

        Path otherKey = folder.resolve("ander.key");
        Files.writeString(otherKey, "fedcba9876543210fedcba9876543210", StandardCharsets.UTF_8);
        CliRun forged =
                run("consent", "verify", "--anchor", anchor.toString(), "--key-file", otherKey.toString(), "--db", db);
        assertThat(forged.exitCode()).isEqualTo(5);
        assertThat(forged.out()).contains("de handtekening klopt NIET met de sleutel");

        CliRun noKey = run("consent", "anchor", "--to", "file:" + anchor, "--db", db);
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("geen sleutel om te ondertekenen");
        Path shortKey = folder.resolve("kort.key");
        Files.writeString(shortKey, "te kort", StandardCharsets.UTF_8);
        CliRun tooShort =
                run("consent", "anchor", "--to", "file:" + anchor, "--key-file", shortKey.toString(), "--db", db);
        assertThat(tooShort.exitCode()).isEqualTo(2);
    }

    @Test
    void theAnchorIsPostedToAWebhookAndARefusalExitsSeven() throws Exception {
        publishDemo();
        recordChoices(1);
        Path key = folder.resolve("anker.key");
        Files.writeString(key, "0123456789abcdef0123456789abcdef", StandardCharsets.UTF_8);
        java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer webhook = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/anker") ? 204 : 500, -1);
            exchange.close();
        });
        webhook.start();
        try {
            String url = "http://127.0.0.1:" + webhook.getAddress().getPort();
            CliRun posted = run("consent", "anchor", "--to", url + "/anker", "--key-file", key.toString(), "--db", db);
            assertThat(posted.exitCode()).as(posted.err()).isZero();
            assertThat(received).hasSize(1);
            assertThat(received.get(0)).contains("cookiekeur-anchor-v1").contains("\"siteId\" : \"winkel\"");

            CliRun refused = run("consent", "anchor", "--to", url + "/kapot", "--key-file", key.toString(), "--db", db);
            assertThat(refused.exitCode()).isEqualTo(7);
            assertThat(refused.err()).contains("status 500");
        } finally {
            webhook.stop(0);
        }
        CliRun plainHttp =
                run("consent", "anchor", "--to", "http://voorbeeld.nl/anker", "--key-file", key.toString(), "--db", db);
        assertThat(plainHttp.exitCode()).isEqualTo(2);
    }

    private void publishDemo() throws Exception {
        Path config = folder.resolve("config.json");
        Files.writeString(config, demoConfig(), StandardCharsets.UTF_8);
        CliRun published = run("consent", "config", "--site", "winkel", "--file", config.toString(), "--db", db);
        assertThat(published.exitCode()).as(published.err()).isZero();
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(db + H2_SETTINGS);
                Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(statement)).isPositive();
        }
    }

    @Test
    void badUsageExitsTwoWithOneLine() throws Exception {
        CliRun unknown = run("consent", "verify", "--site", "bestaat-niet", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("Fout: site 'bestaat-niet' staat niet in het register");

        Path broken = folder.resolve("kapot.json");
        Files.writeString(broken, "{\"languages\": [\"nl\"]}", StandardCharsets.UTF_8);
        CliRun invalid = run("consent", "config", "--site", "winkel", "--file", broken.toString(), "--db", db);
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err().strip())
                .isEqualTo("Fout: ongeldige siteconfiguratie: 'defaultLanguage' moet een niet-lege tekst van hoogstens"
                        + " 2 tekens zijn");

        CliRun format = run("consent", "export", "--site", "winkel", "--format", "xml", "--db", db);
        assertThat(format.exitCode()).isEqualTo(2);

        CliRun both = run("consent", "config", "--site", "winkel", "--show", "--file", "x.json", "--db", db);
        assertThat(both.exitCode()).isEqualTo(2);

        CliRun port = run("serve", "--port", "99999", "--db", db);
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err().strip()).isEqualTo("Fout: poort 99999 bestaat niet (kies 0 tot 65535)");
        CliRun retention = run("consent", "purge", "--site", "winkel", "--retention-days", "100000", "--db", db);
        assertThat(retention.exitCode()).isEqualTo(2);
        assertThat(retention.err().strip())
                .isEqualTo("Fout: bewaartermijn 100000 dagen is ongeldig (kies 1 tot 36500, of laat weg)");

        CliRun unreachable = run("consent", "verify", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=x");
        assertThat(unreachable.exitCode()).as("store unavailable").isEqualTo(6);
        assertThat(unreachable.err().strip())
                .startsWith("Mislukt: De database jdbc:postgresql://127.0.0.1:1/none")
                .doesNotContain("\n");
        CliRun wrongUrl = run("consent", "verify", "--db", "mysql://x", "--lang", "en");
        assertThat(wrongUrl.exitCode()).as("not a database URL: bad input").isEqualTo(2);
        assertThat(wrongUrl.err()).contains("The database mysql://x cannot be used");
    }

    @Test
    void invalidConfigurationsAreExplainedInDutchByDefaultAndInEnglishOnRequest() throws Exception {
        assertConfigError(
                "{\"languages\": []}",
                "'languages' moet een lijst van 1 tot 10 teksten zijn",
                "'languages' must be a list of 1 to 10 strings");
        assertConfigError("{not json", "geen geldige JSON (regel 1, kolom 2)", "not valid JSON (line 1, column 2)");
        assertConfigError(
                "{\n  \"gpc\": \"respect\",\n  \"gpc\": \"ignore\"\n}",
                "sleutel 'gpc' staat twee keer in hetzelfde object (regel 3, kolom 8)",
                "key 'gpc' appears twice in the same object (line 3, column 8)");
        assertConfigError(
                demoConfig().replace("\"respect\"", "\"maybe\""),
                "'gpc' moet \"respect\" of \"ignore\" zijn",
                "'gpc' must be \"respect\" or \"ignore\"");
        assertConfigError(
                demoConfig().replace("\"consentMaxAgeDays\": 365", "\"consentMaxAgeDays\": 0"),
                "'consentMaxAgeDays' moet een geheel getal van 1 tot en met 730 zijn",
                "'consentMaxAgeDays' must be a whole number from 1 to 730");
        assertConfigError(
                demoConfig().replace("\"en\": \"13 months\"", "\"de\": \"13 Monate\""),
                "partij 'Demo-statistieken' van doel 'analytics' heeft 'retention.en' nodig (een tekst van hoogstens"
                        + " 5000 tekens)",
                "vendor 'Demo-statistieken' of purpose 'analytics' needs 'retention.en' (a string of at most 5000"
                        + " characters)");
        assertConfigError(
                demoConfig().replace("\"origins\": []", "\"origins\": [\"www.example.nl\"]"),
                "herkomst 'www.example.nl' moet de vorm https://www.voorbeeld.nl hebben (schema, host en eventueel een"
                        + " poort)",
                "origin 'www.example.nl' must look like https://www.example.nl (scheme, host, optional port)");

        Path config = folder.resolve("goed.json");
        Files.writeString(config, demoConfig(), StandardCharsets.UTF_8);
        CliRun site = run("consent", "config", "--site", "Mijn_Winkel", "--file", config.toString(), "--db", db);
        assertThat(site.exitCode()).isEqualTo(2);
        assertThat(site.err().strip())
                .isEqualTo("Fout: ongeldige siteconfiguratie: site-id 'Mijn_Winkel' moet 1 tot 64 kleine letters,"
                        + " cijfers of '-' zijn en beginnen met een letter of cijfer");
        assertThat(run("consent", "verify", "--db", db).out()).contains("Het register bevat nog geen sites.");
    }

    private void assertConfigError(String json, String dutch, String english) throws Exception {
        Path file = Files.createTempFile(folder, "config", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        CliRun nl = run("consent", "config", "--site", "winkel", "--file", file.toString(), "--db", db);
        assertThat(nl.exitCode()).as(nl.err()).isEqualTo(2);
        assertThat(nl.err()).isEqualTo("Fout: ongeldige siteconfiguratie: " + dutch + System.lineSeparator());
        CliRun en = run("consent", "config", "--site", "winkel", "--file", file.toString(), "--db", db, "--lang", "en");
        assertThat(en.exitCode()).as(en.err()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("Error: invalid site configuration: " + english + System.lineSeparator());
    }

    @Test
    void draftFromAScanNeedsAnEvidenceFolder() throws Exception {
        CliRun missing = run(
                "consent",
                "config",
                "--site",
                "winkel",
                "--from-scan",
                folder.resolve("geen").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Fout: in ").contains("staat geen leesbaar scanbewijs");
    }

    private void recordChoices(int count) throws Exception {
        try (ConsentLedger ledger = services.consentPlatform().open(db)) {
            String version = ledger.currentConfig("winkel").orElseThrow().version();
            try (LedgerServer server = LedgerServer.start(
                    (nl.cookiekeur.ledger.Ledger) ledger, new ServerSettings("127.0.0.1", 0, null, null))) {
                java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
                for (int i = 0; i < count; i++) {
                    String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\"" + version
                            + "\",\"language\":\"nl\",\"action\":\"reject-all\",\"choices\":{},\"gpc\":true}";
                    var response = client.send(
                            java.net.http.HttpRequest.newBuilder(
                                            server.address().resolve("v1/sites/winkel/consents"))
                                    .header("Content-Type", "application/json")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertThat(response.statusCode()).isEqualTo(201);
                }
            }
        }
    }

    private static String demoConfig() throws Exception {
        try (var in =
                LedgerServer.class.getClassLoader().getResourceAsStream("nl/cookiekeur/ledger/demo/config.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private CliRun run(String... args) {
        return CliRun.of(services, "", args);
    }
}
