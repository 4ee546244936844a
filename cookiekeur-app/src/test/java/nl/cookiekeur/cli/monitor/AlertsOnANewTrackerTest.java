package nl.cookiekeur.cli.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.monitor.alert.WebhookSignature;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SiteRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitored site gains a tracker between two scans: the rescan sends exactly one e-mail (to an in-process SMTP
 * server) and one signed webhook (to a real local HTTP receiver); a third scan that finds the same sends nothing.
 * The worker runs in this process on the embedded database, as on a machine without a database server.
 */
@FixtureSites
class AlertsOnANewTrackerTest {
    private static final String HOST = "www.winkel-wissel.nl";
    private static final String SECRET = "een-geheime-sleutel-van-minstens-32-tekens";
    private static final String PLAIN = "<!doctype html><html lang=\"nl\"><head><title>Winkel Wissel</title></head>"
            + "<body><h1>Welkom bij Winkel Wissel</h1><p>Fietsen en onderdelen.</p></body></html>";
    private static final String WITH_HOTJAR = "<!doctype html><html lang=\"nl\"><head><title>Winkel Wissel</title>"
            + "<script>window._hjSettings = {hjid: 3141592, hjsv: 6};</script>"
            + "<script async src=\"https://static.hotjar.com/c/hotjar-3141592.js?sv=6\"></script></head>"
            + "<body><h1>Welkom bij Winkel Wissel</h1><p>Fietsen en onderdelen.</p></body></html>";

    @TempDir
    Path work;

    private final CliServices services = TestApplication.services();
    private final AtomicReference<String> page = new AtomicReference<>(PLAIN);
    private final List<Map.Entry<String, String>> webhooks = new CopyOnWriteArrayList<>();
    private HttpServer site;
    private HttpServer receiver;
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
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            webhooks.add(Map.entry(signature == null ? "" : signature, body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        receiver.stop(0);
        mail.stop();
    }

    @Test
    void aNewTrackerSendsOneEmailAndOneSignedWebhookOnce(FixtureServer fixtures) throws Exception {
        String db = "jdbc:h2:file:" + work.resolve("monitor");
        String rules = "MAP " + HOST + ":80 127.0.0.1:" + site.getAddress().getPort() + ", " + fixtures.hostRules();
        CliRun add = run(
                "sites",
                "add",
                "http://" + HOST + "/",
                "--every",
                "week",
                "--pages",
                "1",
                "--host-rules",
                rules,
                "--ignore-https-errors",
                "--alert-email",
                "eigenaar@winkel-wissel.nl",
                "--alert-webhook",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "--db",
                db);
        assertThat(add.exitCode()).as(add.err()).isZero();

        work(db);
        assertThat(mail.getReceivedMessages())
                .as("the first scan only sets the baseline")
                .isEmpty();
        assertThat(webhooks).isEmpty();

        page.set(WITH_HOTJAR);
        assertThat(run("sites", "rescan", "1", "--db", db).exitCode()).isZero();
        work(db);
        MimeMessage[] messages = mail.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getSubject()).contains(HOST);
        assertThat(messages[0].getAllRecipients()[0].toString()).isEqualTo("eigenaar@winkel-wissel.nl");
        assertThat(GreenMailUtil.getBody(messages[0])).contains("static.hotjar.com");
        assertThat(webhooks).hasSize(1);
        String signature = webhooks.getFirst().getKey();
        String body = webhooks.getFirst().getValue();
        assertThat(body)
                .contains("\"event\":\"site.changed\"")
                .contains("static.hotjar.com")
                .contains("\"change\":\"new\"");
        assertThat(verifies(signature, body)).as(signature).isTrue();
        assertThat(verifies(signature, body.replace("hotjar", "hotjaR")))
                .as("a changed body fails")
                .isFalse();

        assertThat(run("sites", "rescan", "1", "--db", db).exitCode()).isZero();
        work(db);
        assertThat(mail.getReceivedMessages())
                .as("one alert per change, not per scan")
                .hasSize(1);
        assertThat(webhooks).hasSize(1);
        try (SiteRegistry registry = services.monitor().sites(db)) {
            assertThat(registry.runs(1, 10))
                    .extracting(SiteRun::status)
                    .containsExactly(RunStatus.COMPLETED, RunStatus.COMPLETED, RunStatus.COMPLETED);
        }
        CliRun show = run("sites", "show", "1", "--db", db, "--lang", "en");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("third party: static.hotjar.com").contains("completed");
    }

    /** What a receiver does: recompute the HMAC over "t.body" with the shared secret. */
    private static boolean verifies(String header, String body) {
        String t = header.replaceFirst("^t=(\\d+),v1=[0-9a-f]{64}$", "$1");
        String v1 = header.replaceFirst("^t=\\d+,v1=([0-9a-f]{64})$", "$1");
        return java.security.MessageDigest.isEqual(
                WebhookSignature.hmac(SECRET, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    private void work(String db) throws IOException {
        Path secret = work.resolve("webhook.key");
        Files.writeString(secret, SECRET + "\n");
        CliRun worker = run(WorkerArguments.oneRound(
                work.resolve("scans"), mail.getSmtp().getPort(), db, "--webhook-secret-file", secret.toString()));
        assertThat(worker.exitCode()).as(worker.err()).isZero();
        assertThat(worker.out()).contains("voltooid");
    }

    private CliRun run(String... args) {
        return CliRun.of(services, "", args);
    }
}
