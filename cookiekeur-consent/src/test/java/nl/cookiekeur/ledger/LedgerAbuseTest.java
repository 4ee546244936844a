package nl.cookiekeur.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.store.Database;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The ledger under abuse (docs/security.md): slow clients, greedy clients, requests without an Origin. */
class LedgerAbuseTest {
    private static final int SLOW_CONNECTIONS = 3_000;

    @Test
    void thousandsOfStalledConnectionsFromOneClientDoNotStopTheOthers() throws Exception {
        ServerLimits limits = new ServerLimits(Duration.ofSeconds(2), 64, 16, 0, 1);
        try (Backend.Fresh db = Backend.H2.fresh();
                LedgerServer server = LedgerServer.start(
                        Ledger.open(Database::open, db.url(), Clock.systemUTC()),
                        true,
                        new ServerSettings("127.0.0.1", 0, db.url(), null, limits))) {
            Visitor visitor = new Visitor(server.address(), loopback(3));
            int port = server.address().getPort();
            List<Socket> slow = new ArrayList<>();
            try {
                long served = 0;
                for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                    slow.add(stall(port));
                    if (i % 250 == 0) {
                        served += visitor.visit();
                    }
                }
                long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                while (System.nanoTime() < until) {
                    served += visitor.visit();
                }
                assertThat(served)
                        .as("requests of the normal client, all answered")
                        .isGreaterThan(30);
                for (Socket socket : slow) {
                    assertThat(closedByServer(socket, Duration.ofSeconds(8)))
                            .as("a stalled connection is closed by the server")
                            .isTrue();
                }
                assertThat(visitor.visit()).isEqualTo(3);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aClientThatWentOverTheConnectionLimitIsServedAgainOnceItsConnectionsAreClosed() throws Exception {
        ServerLimits limits = new ServerLimits(Duration.ofSeconds(10), 8, 16, 0, 1);
        try (Backend.Fresh db = Backend.H2.fresh();
                LedgerServer server = LedgerServer.start(
                        Ledger.open(Database::open, db.url(), Clock.systemUTC()),
                        true,
                        new ServerSettings("127.0.0.1", 0, db.url(), null, limits))) {
            int port = server.address().getPort();
            for (int round = 0; round < 3; round++) {
                List<Socket> burst = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    Socket socket = new Socket();
                    socket.bind(new InetSocketAddress(loopback(5), 0));
                    socket.connect(new InetSocketAddress(loopback(1), port), 2_000);
                    burst.add(socket);
                }
                for (Socket socket : burst) {
                    socket.close();
                }
                // the server counts the closed connections back; the same client is then served as before
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                int status = 0;
                while (status != 200 && System.nanoTime() < until) {
                    status = statusFrom(loopback(5), port);
                }
                assertThat(status)
                        .as("round %d: the client is served again", round)
                        .isEqualTo(200);
            }
        }
    }

    private static int statusFrom(InetAddress local, int port) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(loopback(1), port), 2_000);
            socket.setSoTimeout(2_000);
            socket.getOutputStream()
                    .write("GET /v1/sites/demo/config HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void aClientThatRecordsTooOftenGets429WithRetryAfter() throws Exception {
        ServerLimits limits = new ServerLimits(Duration.ofSeconds(10), 64, 16, 0.01, 3);
        try (Backend.Fresh db = Backend.H2.fresh();
                LedgerServer server = LedgerServer.start(
                        Ledger.open(Database::open, db.url(), Clock.systemUTC()),
                        true,
                        new ServerSettings("127.0.0.1", 0, db.url(), null, limits))) {
            Visitor visitor = new Visitor(server.address(), loopback(1));
            for (int i = 0; i < 3; i++) {
                assertThat(visitor.choose("demo", null).statusCode()).isEqualTo(201);
            }
            HttpResponse<String> refused = visitor.choose("demo", null);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json; charset=utf-8");
            assertThat(CanonicalJson.parse(refused.body()).get("type").asText())
                    .isEqualTo(Problem.TYPE_BASE + "too-many-requests");
            assertThat(Long.parseLong(
                            refused.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 100L);
            Visitor other = new Visitor(server.address(), loopback(4));
            assertThat(other.choose("demo", null).statusCode())
                    .as("another client has its own bucket")
                    .isEqualTo(201);
        }
    }

    @Test
    void aSiteWithOriginsRefusesChoicesWithoutAnOrigin() throws Exception {
        try (Backend.Fresh db = Backend.H2.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), Clock.systemUTC());
                LedgerServer server = LedgerServer.start(ledger, new ServerSettings("127.0.0.1", 0, null, null))) {
            ledger.publishConfig(
                    "shop", DemoSite.config().replace("\"origins\": []", "\"origins\": [\"https://shop.example\"]"));
            Visitor visitor = new Visitor(server.address(), loopback(1));
            HttpResponse<String> without = visitor.choose("shop", null);
            assertThat(without.statusCode()).isEqualTo(403);
            assertThat(CanonicalJson.parse(without.body()).get("type").asText())
                    .isEqualTo(Problem.TYPE_BASE + "origin-required");
            assertThat(visitor.choose("shop", "https://shop.example").statusCode())
                    .isEqualTo(201);
            assertThat(visitor.choose("demo", null).statusCode())
                    .as("a site without origins still takes choices without one")
                    .isEqualTo(201);
        }
    }

    @Test
    void requestsJettyRefusesGetProblemDocumentsWithoutInternals() throws Exception {
        try (Backend.Fresh db = Backend.H2.fresh();
                Ledger ledger = Ledger.open(Database::open, db.url(), Clock.systemUTC());
                LedgerServer server = LedgerServer.start(ledger, new ServerSettings("127.0.0.1", 0, null, null))) {
            int port = server.address().getPort();
            List<String> requests = List.of(
                    "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/sites/%E0%A4%A/config HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/sites/a%2Fb/config HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/banner.js HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                    "BREW /v1/banner.js HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /v1/banner.js/ HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
                    "POST /v1/sites/demo/consents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 99999999\r\n\r\n{}");
            for (String request : requests) {
                String response = exchange(port, request);
                String head = response.lines().findFirst().orElse("");
                assertThat(head).as(request).matches("HTTP/1\\.1 4\\d\\d .*");
                assertThat(response)
                        .as(request)
                        .contains("Content-Type: application/problem+json")
                        .doesNotContainIgnoringCase("jetty")
                        .doesNotContainIgnoringCase("javalin")
                        .doesNotContain("Exception");
            }
        }
    }

    private static InetAddress loopback(int last) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }

    private static Socket stall(int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(loopback(2), 0));
        socket.connect(new InetSocketAddress(loopback(1), port), 2_000);
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/sites/demo/consents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 400\r\n\r\n{\"consentId\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server already closed it (too many connections from this client)
        }
        return socket;
    }

    /** Whether the server ends the connection (end of stream or reset) within {@code wait}. */
    private static boolean closedByServer(Socket socket, Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4_096];
            while (in.read(buffer) >= 0) {
                // a 408 or problem answer may come first
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(loopback(1), port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A well-behaved client on its own loopback address: banner script, configuration, one choice. */
    private static final class Visitor {
        private final URI base;
        private final HttpClient client;

        Visitor(URI base, InetAddress local) {
            this.base = base;
            this.client = HttpClient.newBuilder()
                    .localAddress(local)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
        }

        /** Fetches the script and configuration and records a choice; the number of requests, all answered. */
        int visit() throws Exception {
            assertThat(send(HttpRequest.newBuilder(base.resolve("v1/banner.js")))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(base.resolve("v1/sites/demo/config")))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(choose("demo", null).statusCode()).isEqualTo(201);
            return 3;
        }

        HttpResponse<String> choose(String site, @Nullable String origin) throws Exception {
            JsonNode config =
                    CanonicalJson.parse(send(HttpRequest.newBuilder(base.resolve("v1/sites/" + site + "/config")))
                            .body());
            String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\""
                    + config.get("version").asText()
                    + "\",\"language\":\"nl\",\"action\":\"accept-all\",\"choices\":{},\"gpc\":false}";
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("v1/sites/" + site + "/consents"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (origin != null) {
                request.header("Origin", origin);
            }
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
