package nl.cookiekeur.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's error pages replaced by the ledger's problem documents: requests Jetty refuses before they reach a
 * route (a malformed URL or request line, headers that are too large) get {@code application/problem+json}
 * without Jetty's reason text or a stack trace.
 */
final class JettyProblems extends ErrorHandler {
    private static final String TYPE = "application/problem+json; charset=utf-8";

    /** The problem for a status that Jetty or the framework produced. */
    static Problem of(int status) {
        return switch (status) {
            case 400, 505 -> new Problem(400, "bad-request", "Bad request", "The request is not valid HTTP.");
            case 404 -> new Problem(404, "not-found", "Not found", "No such resource.");
            case 408 -> new Problem(408, "request-timeout", "Request timeout", "The request was not sent in time.");
            case 413 -> new Problem(413, "payload-too-large", "Payload too large", "The body is too large.");
            case 414 -> new Problem(414, "uri-too-long", "URI too long", "The request URI is too long.");
            case 431 ->
                new Problem(431, "headers-too-large", "Request header fields too large", "The headers are too large.");
            case 503 -> new Problem(503, "busy", "The ledger is busy", "Try again shortly.");
            default ->
                status >= 500 || status < 400
                        ? new Problem(500, "internal", "Internal error", "The ledger could not answer.")
                        : new Problem(status, "bad-request", "Bad request", "The request cannot be answered.");
        };
    }

    @Override
    protected void generateResponse(
            Request request,
            Response response,
            int code,
            @Nullable String message,
            @Nullable Throwable cause,
            Callback callback) {
        Problem problem = of(code);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(problem.json().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
