package nl.cookiekeur.ledger.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test site plus a stand-in ledger on one loopback JDK HTTP server: the page (host {@code
 * www.winkel.test}), its gated scripts and embed, and the ledger's banner, stylesheet, configuration and
 * consent endpoints (host {@code cmp.ledger.test}, so the banner runs cross-origin as on a real site).
 * Chromium maps both names to 127.0.0.1. The page is served with a nonce-based Content Security Policy.
 * Records every POSTed consent. Replace by the real ledger server once it lands.
 */
final class BannerSiteServer implements AutoCloseable {
    static final String NONCE = "k8Vq2rT7bannerTest";
    private static final String RESOURCES = "/nl/cookiekeur/ledger/banner/site/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<JsonNode> consents = new CopyOnWriteArrayList<>();
    private volatile String version = "sha256-" + "1".repeat(64);
    private volatile String gpcPolicy = "respect";
    private volatile Set<String> purposes = Set.of();
    private volatile String pageLanguage = "nl";
    private volatile String bannerScript = "/nl/cookiekeur/ledger/web/banner.min.js";
    private final Map<String, byte[]> extras = new ConcurrentHashMap<>();

    BannerSiteServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String pageUrl() {
        return "http://www.winkel.test:" + port() + "/index.html";
    }

    String ledgerOrigin() {
        return "http://cmp.ledger.test:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The consents POSTed so far, in order. */
    List<JsonNode> consents() {
        return List.copyOf(consents);
    }

    /** Publishes a new configuration version. */
    void version(String newVersion) {
        version = newVersion;
    }

    String version() {
        return version;
    }

    /** Publishes only these purposes of the test configuration (all when empty). */
    void purposes(Set<String> ids) {
        purposes = Set.copyOf(ids);
    }

    void gpcPolicy(String policy) {
        gpcPolicy = policy;
    }

    void pageLanguage(String language) {
        pageLanguage = language;
    }

    /** Serves another classpath resource as /v1/banner.js; empty: an empty script (a page without banner). */
    void bannerScript(String resource) {
        bannerScript = resource;
    }

    /** Serves extra content at a path (the benchmark's pages for other banners). */
    void extra(String path, byte[] content) {
        extras.put(path, content);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            var headers = exchange.getResponseHeaders();
            if (path.startsWith("/v1/")) {
                headers.set("Access-Control-Allow-Origin", "*");
            }
            switch (path) {
                case "/", "/index.html" -> {
                    headers.set(
                            "Content-Security-Policy",
                            "default-src 'self'; script-src 'nonce-" + NONCE + "'; style-src " + ledgerOrigin()
                                    + "; connect-src " + ledgerOrigin() + "; frame-src 'self'");
                    send(
                            exchange,
                            200,
                            "text/html",
                            text("index.html")
                                    .replace("{{LEDGER}}", ledgerOrigin())
                                    .replace("{{NONCE}}", NONCE)
                                    .replace("{{LANG}}", pageLanguage));
                }
                case "/js/marketing.js" -> send(exchange, 200, "text/javascript", text("marketing.js"));
                case "/embed.html" -> send(exchange, 200, "text/html", text("embed.html"));
                case "/v1/banner.js" ->
                    send(exchange, 200, "text/javascript", bannerScript.isEmpty() ? "" : resource(bannerScript));
                case "/v1/banner.css" ->
                    send(exchange, 200, "text/css", resource("/nl/cookiekeur/ledger/web/banner.css"));
                case "/v1/sites/demo/config" -> send(exchange, 200, "application/json", config());
                case "/v1/sites/demo/consents" -> consent(exchange, method);
                default -> {
                    byte[] extra = extras.get(path);
                    if (extra == null) {
                        send(exchange, 404, "text/plain", "niet gevonden");
                    } else {
                        String type = path.endsWith(".css")
                                ? "text/css"
                                : path.endsWith(".js") ? "text/javascript" : "text/html";
                        headers.set("Content-Type", type + "; charset=utf-8");
                        exchange.sendResponseHeaders(200, extra.length);
                        exchange.getResponseBody().write(extra);
                    }
                }
            }
        }
    }

    private String config() throws IOException {
        String config = text("config.json").replace("{{VERSION}}", version).replace("{{GPC}}", gpcPolicy);
        if (purposes.isEmpty()) {
            return config;
        }
        ObjectNode tree = (ObjectNode) JSON.readTree(config);
        ArrayNode kept = tree.putArray("purposes");
        JSON.readTree(config).get("purposes").forEach(p -> {
            if (purposes.contains(p.get("id").asText())) {
                kept.add(p);
            }
        });
        return JSON.writeValueAsString(tree);
    }

    private void consent(HttpExchange exchange, String method) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (method.equals("OPTIONS")) {
            headers.set("Access-Control-Allow-Methods", "POST");
            headers.set("Access-Control-Allow-Headers", "Content-Type");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        String type = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
        if (!method.equals("POST") || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(exchange, 415, "text/plain", "expected a JSON POST");
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody().readNBytes(64 * 1024));
        consents.add(body);
        send(
                exchange,
                201,
                "application/json",
                "{\"recordId\":" + consents.size() + ",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"hash\":\"sha256-0\"}");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String text(String name) {
        return resource(RESOURCES + name);
    }

    static String resource(String name) {
        try (InputStream in = BannerSiteServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (build the module first)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
