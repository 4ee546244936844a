package nl.cookiekeur.ledger;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request and its response, with the limits and headers every answer of the ledger shares. */
final class Exchange {
    private final HttpExchange http;

    Exchange(HttpExchange http) {
        this.http = http;
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    String method() {
        return http.getRequestMethod();
    }

    String path() {
        return http.getRequestURI().getRawPath();
    }

    @Nullable
    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void addHeader(String name, String value) {
        http.getResponseHeaders().add(name, value);
    }

    /** The query parameters (first value of each). */
    Map<String, String> query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    /**
     * The request body, at most {@code limit} bytes; 413 when the declared or actual length is larger, 415
     * when it is not JSON in UTF-8.
     */
    byte[] jsonBody(int limit) throws IOException {
        String contentType = header("Content-Type");
        if (contentType == null || !isJson(contentType)) {
            throw new ProblemException(new Problem(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "Send the body as application/json (UTF-8)."));
        }
        String length = header("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw Problem.badRequest("Content-Length is not a number.");
            }
            if (declared > limit) {
                throw tooLarge(limit);
            }
        }
        try (InputStream in = http.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(java.util.Locale.ROOT).split(";");
        if (!parts[0].strip().equals("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException tooLarge(int limit) {
        return new ProblemException(new Problem(
                413, "payload-too-large", "Payload too large", "The body may be at most " + limit + " bytes."));
    }

    void json(int status, String json) throws IOException {
        send(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    void problem(Problem problem) throws IOException {
        if (problem.language() != null) {
            http.getResponseHeaders().set("Content-Language", problem.language().code());
        }
        send(
                problem.status(),
                "application/problem+json; charset=utf-8",
                problem.json().getBytes(StandardCharsets.UTF_8));
    }

    void empty(int status) throws IOException {
        http.sendResponseHeaders(status, -1);
        http.close();
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        if (method().equals("HEAD")) {
            http.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            http.sendResponseHeaders(status, -1);
            http.close();
            return;
        }
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    /** Streams a body of unknown length (chunked). */
    OutputStream stream(int status, String contentType) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        http.sendResponseHeaders(status, 0);
        return http.getResponseBody();
    }

    void close() {
        http.close();
    }
}
