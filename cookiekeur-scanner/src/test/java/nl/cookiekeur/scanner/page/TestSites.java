package nl.cookiekeur.scanner.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small pages on loopback under several host names (mapped with Chromium's host-resolver rules), served by
 * the JDK's HTTP server for the instrument tests.
 */
final class TestSites implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    private record Resource(String contentType, String text) {
        byte[] body() {
            return text.getBytes(UTF_8);
        }
    }

    private TestSites(HttpServer server) {
        this.server = server;
    }

    static TestSites start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestSites sites = new TestSites(server);
        server.createContext("/", sites::serve);
        server.start();
        return sites;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Chromium host-resolver rules sending the given host names to this server. */
    String hostRules(String... hosts) {
        StringBuilder rules = new StringBuilder();
        for (String host : hosts) {
            if (!rules.isEmpty()) {
                rules.append(", ");
            }
            rules.append("MAP ").append(host).append(":80 127.0.0.1:").append(port());
        }
        return rules.toString();
    }

    void html(String host, String path, String body) {
        put(host, path, "text/html; charset=utf-8", body);
    }

    void script(String host, String path, String body) {
        put(host, path, "text/javascript; charset=utf-8", body);
    }

    void put(String host, String path, String contentType, String body) {
        resources.put(host.toLowerCase(Locale.ROOT) + path, new Resource(contentType, body));
    }

    static String url(String host, String path) {
        return "http://" + host + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            host = host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
            Resource resource = resources.get(host + exchange.getRequestURI().getPath());
            if (resource == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", resource.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, resource.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(resource.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
