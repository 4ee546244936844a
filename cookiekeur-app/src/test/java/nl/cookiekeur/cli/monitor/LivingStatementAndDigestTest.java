package nl.cookiekeur.cli.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The living cookie statement and the weekly digest, end to end on the embedded database: a monitored site that
 * stores a hostile key is scanned by a worker; nothing is published on the ledger's server (real HTTP) until the
 * owner approves, and then only escaped, in Dutch and English. A rescan that finds a new storage key records it as a
 * change and an alert, and leaves it pending. The worker's weekly job sends one digest per owner and week (GreenMail);
 * sending it again by hand that week sends nothing.
 */
@FixtureSites
class LivingStatementAndDigestTest {
    private static final String HOST = "www.winkel-verklaring.nl";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final String OWNER = "eigenaar@winkel-verklaring.nl";
    private static final String FIRST = "<!doctype html><html lang=\"nl\"><head><title>Verklaring</title>"
            + "<script>localStorage.setItem('" + HOSTILE + "', '1');</script></head>"
            + "<body><h1>Welkom</h1><p>Fietsen.</p></body></html>";
    private static final String SECOND = "<!doctype html><html lang=\"nl\"><head><title>Verklaring</title>"
            + "<script>localStorage.setItem('" + HOSTILE + "', '1');"
            + "localStorage.setItem('winkelmand_nieuw', '2');</script></head>"
            + "<body><h1>Welkom</h1><p>Fietsen.</p></body></html>";

    @TempDir
    Path work;

    private final CliServices services = TestApplication.services();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<String> page = new AtomicReference<>(FIRST);
    private HttpServer site;
    private GreenMail mail;

    @BeforeEach
    void start() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().equals("/")
                    ? page.get().getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        site.start();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        mail.stop();
    }

    @Test
    void newItemsWaitForApprovalAndTheDigestIsSentOncePerWeek(FixtureServer fixtures) throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("monitor");
        String rules = "MAP " + HOST + ":80 127.0.0.1:" + site.getAddress().getPort() + ", " + fixtures.hostRules();
        CliRun add = run(
                "sites",
                "add",
                "http://" + HOST + "/",
                "--pages",
                "1",
                "--host-rules",
                rules,
                "--ignore-https-errors",
                "--alert-email",
                OWNER,
                "--db",
                db);
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(run("sites", "statement", "1", "--db", db).exitCode())
                .as("no scan yet: nothing to show")
                .isEqualTo(2);
        work(db);

        CliRun before = run("sites", "statement", "1", "--db", db);
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains("Gepubliceerd (0)").contains(HOSTILE);
        try (RunningServer server = services.consentPlatform().serve(new ServerSettings("127.0.0.1", 0, db, null))) {
            URI base = server.address();
            HttpResponse<String> unapproved = get(base.resolve("/v1/monitored/1/cookieverklaring.html"));
            assertThat(unapproved.statusCode()).isEqualTo(200);
            assertThat(unapproved.headers().firstValue("access-control-allow-origin"))
                    .hasValue("*");
            assertThat(unapproved.headers().firstValue("cache-control")).hasValue("public, max-age=300");
            assertThat(unapproved.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(unapproved.body())
                    .as("a pending item is not published")
                    .contains("class=\"ckv-statement\"")
                    .contains("ckv-empty")
                    .doesNotContain("onerror");
            assertThat(get(base.resolve("/v1/monitored/1/cookieverklaring.json"))
                            .body())
                    .contains("\"items\":[]");

            CliRun approve = run(
                    "sites",
                    "approve",
                    "1",
                    "--item",
                    HOSTILE,
                    "--description",
                    "Onthoudt <b>uw</b> winkelmand.",
                    "--db",
                    db);
            assertThat(approve.exitCode()).as(approve.err()).isZero();
            assertThat(approve.out()).contains("1 item(s) goedgekeurd");

            HttpResponse<String> dutch = get(base.resolve("/v1/monitored/1/cookieverklaring.html"));
            assertThat(dutch.body())
                    .contains("Cookieverklaring van " + HOST)
                    .contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>")
                    .contains("Onthoudt &lt;b&gt;uw&lt;/b&gt; winkelmand.")
                    .doesNotContain("<img")
                    .doesNotContain("<b>")
                    .doesNotContain("<script")
                    .doesNotContain("style=");
            HttpResponse<String> english = get(base.resolve("/v1/monitored/1/cookieverklaring.html?lang=en"));
            assertThat(english.body())
                    .contains("lang=\"en\"")
                    .contains("Cookie statement of " + HOST)
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("Onthoudt")
                    .doesNotContain("<img");
            HttpResponse<String> json = get(base.resolve("/v1/monitored/1/cookieverklaring.json?lang=en"));
            assertThat(json.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(json.body())
                    .contains("\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"")
                    .contains("\"language\":\"en\"")
                    .doesNotContain("<img");
            assertThat(get(base.resolve("/v1/monitored/1/cookieverklaring.html?lang=de"))
                            .statusCode())
                    .isEqualTo(400);
            assertThat(get(base.resolve("/v1/monitored/99/cookieverklaring.json"))
                            .statusCode())
                    .isEqualTo(404);
        }

        page.set(SECOND);
        assertThat(run("sites", "rescan", "1", "--db", db).exitCode()).isZero();
        work(db);
        CliRun show = run("sites", "show", "1", "--db", db);
        assertThat(show.out()).contains("opslag: winkelmand_nieuw@");
        List<MimeMessage> alerts = withHeader("X-Cookiekeur-Run");
        assertThat(alerts).hasSize(1);
        assertThat(GreenMailUtil.getBody(alerts.getFirst()))
                .contains("Nieuwe opslag")
                .contains("winkelmand_nieuw");
        CliRun after = run("sites", "statement", "1", "--db", db, "--lang", "en");
        assertThat(after.out())
                .contains("Published (1)")
                .contains("Waiting for approval, not published (1)")
                .contains("winkelmand_nieuw");
        assertThat(withHeader("X-Cookiekeur-Digest")).as("not Monday 07:00 yet").isEmpty();

        // The weekly job falls due: one worker sends one digest to the owner.
        try (Database database = Database.open(db);
                Connection connection = database.connection();
                PreparedStatement due = connection.prepareStatement(
                        "UPDATE monitor_job SET execution_time = execution_time - INTERVAL '8' DAY"
                                + " WHERE task_name = 'weekly-digest'")) {
            assertThat(due.executeUpdate()).isEqualTo(1);
        }
        work(db);
        List<MimeMessage> digests = withHeader("X-Cookiekeur-Digest");
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().getAllRecipients()[0].toString()).isEqualTo(OWNER);
        assertThat(GreenMailUtil.getBody(digests.getFirst()))
                .contains("http://" + HOST + "/")
                .contains("Wijzigingen deze week (")
                .contains("nieuw: opslag winkelmand_nieuw@");

        CliRun again = run(
                "sites",
                "digest",
                "--send-now",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                Integer.toString(mail.getSmtp().getPort()),
                "--smtp-security",
                "none",
                "--smtp-from",
                "monitor@cookiekeur.nl",
                "--db",
                db);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 weekoverzicht(en) verstuurd");
        assertThat(withHeader("X-Cookiekeur-Digest"))
                .as("never twice in a week")
                .hasSize(1);

        assertThat(run("sites", "approve", "1", "--all", "--db", db).out()).contains("1 item(s) goedgekeurd");
        assertThat(run("sites", "statement", "1", "--db", db).out())
                .contains("Wacht op goedkeuring, niet gepubliceerd (0)");
    }

    private List<MimeMessage> withHeader(String header) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getHeader(header) != null) {
                found.add(message);
            }
        }
        return found;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void work(String db) {
        CliRun worker = run(
                WorkerArguments.oneRound(work.resolve("scans"), mail.getSmtp().getPort(), db));
        assertThat(worker.exitCode()).as(worker.err()).isZero();
    }

    private CliRun run(String... args) {
        return CliRun.of(services, "", args);
    }
}
