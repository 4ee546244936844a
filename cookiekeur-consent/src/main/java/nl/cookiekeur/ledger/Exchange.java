package nl.cookiekeur.ledger;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One request and its response on Javalin, with the limits and headers every answer of the ledger shares. */
final class Exchange {
    private final Context ctx;

    Exchange(Context ctx) {
        this.ctx = ctx;
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    String method() {
        return ctx.req().getMethod();
    }

    /** The remote address of the client (the peer of the connection). */
    String client() {
        return ctx.req().getRemoteAddr();
    }

    /** A path parameter of the route, decoded. */
    String pathParam(String name) {
        return ctx.pathParam(name);
    }

    @Nullable
    String header(String name) {
        return ctx.header(name);
    }

    @Nullable
    String queryParam(String name) {
        return ctx.queryParam(name);
    }

    void setHeader(String name, String value) {
        ctx.header(name, value);
    }

    void addHeader(String name, String value) {
        ctx.addHeader(name, value);
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
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
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

    static ProblemException tooLarge(long limit) {
        return new ProblemException(new Problem(
                413, "payload-too-large", "Payload too large", "The body may be at most " + limit + " bytes."));
    }

    void json(int status, String json) {
        send(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    void problem(Problem problem) {
        if (problem.language() != null) {
            ctx.header("Content-Language", problem.language().code());
        }
        if (carriesBody()) {
            // the refused request's body may be left unread, and the server then drops the connection after the
            // answer; saying so up front keeps a client from sending its next request on a closed connection
            ctx.header("Connection", "close");
        }
        send(
                problem.status(),
                "application/problem+json; charset=utf-8",
                problem.json().getBytes(StandardCharsets.UTF_8));
    }

    private boolean carriesBody() {
        String length = ctx.header("Content-Length");
        return ctx.header("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }

    void empty(int status) {
        ctx.status(status);
    }

    void send(int status, String contentType, byte[] body) {
        ctx.status(status);
        ctx.contentType(contentType);
        ctx.header("Content-Length", Integer.toString(body.length));
        ctx.result(body);
    }

    /**
     * Lets the request thread go: the answer is written when {@code answered} completes (by whatever completed
     * it), or as a problem when it fails.
     */
    void answerLater(CompletableFuture<?> answered) {
        ctx.future(() -> answered);
    }

    /** Streams a body of unknown length (chunked). */
    OutputStream stream(int status, String contentType) {
        ctx.status(status);
        ctx.contentType(contentType);
        return ctx.outputStream();
    }
}
