package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the server's JVM while clients are recording choices, then reopens the database: every choice that
 * was answered 201 must be there, and the chain must verify.
 */
class CrashTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyAcknowledgedChoiceSurvivesAKill(Backend backend) throws Exception {
        try (Backend.Fresh db = backend.fresh()) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            CrashServerMain.class.getName(),
                            db.url())
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
                // skip anything the child prints before it listens
            }
            assertThat(line).as("the child server started").isNotNull();
            URI base = URI.create("http://127.0.0.1:" + line.substring(5).strip() + "/");
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            String version = version(client, base);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(32);
            for (int t = 0; t < 32; t++) {
                Thread.ofVirtual().start(() -> {
                    try {
                        while (!killed.get()) {
                            String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\"" + version
                                    + "\",\"language\":\"nl\",\"action\":\"accept-all\",\"choices\":{},\"gpc\":false}";
                            HttpResponse<String> response = client.send(
                                    HttpRequest.newBuilder(base.resolve("v1/sites/demo/consents"))
                                            .timeout(Duration.ofSeconds(5))
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(CanonicalJson.parse(response.body())
                                        .get("recordId")
                                        .asText());
                            }
                        }
                    } catch (Exception expected) {
                        // the server died under us: this request was never acknowledged
                    } finally {
                        done.countDown();
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 1_500 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            child.destroyForcibly();
            killed.set(true);
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(1_500);

            try (Ledger reopened = Ledger.open(Database::open, db.url(), Clock.systemUTC())) {
                ChainVerification verification = reopened.verify("demo");
                assertThat(verification.intact())
                        .as(verification.problems().toString())
                        .isTrue();
                StringWriter csv = new StringWriter();
                reopened.export("demo", ExportFormat.CSV, csv);
                List<String> stored = new ArrayList<>();
                for (String row : csv.toString().split("\r\n")) {
                    stored.add(row.split(",")[1]);
                }
                assertThat(stored).containsAll(acknowledged);
                assertThat(verification.recordsChecked()).isGreaterThanOrEqualTo(acknowledged.size());
            }
        }
    }

    private static String version(HttpClient client, URI base) throws Exception {
        HttpResponse<String> config = client.send(
                HttpRequest.newBuilder(base.resolve("v1/sites/demo/config"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return CanonicalJson.parse(config.body()).get("version").asText();
    }
}
