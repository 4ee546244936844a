package nl.cookiekeur.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The app's own style sheets and scripts (the pages' and the banner preview's), served from the class path (never
 * inline, for the CSP).
 */
public final class StaticAssets {
    /** The files by name, with their media type. */
    private static final Map<String, String> FILES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "preview.css", "text/css; charset=utf-8",
            "preview.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> bodies;

    public StaticAssets() {
        Map<String, byte[]> read = new java.util.HashMap<>();
        FILES.keySet().forEach(name -> read.put(name, read(name)));
        this.bodies = Map.copyOf(read);
    }

    /** Answers {@code /app/static/{name}}; 404 for any other name. */
    public void serve(Context ctx, String name) {
        byte[] body = bodies.get(name);
        String type = FILES.get(name);
        if (body == null || type == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(type);
        ctx.result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream("/nl/cookiekeur/web/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing static file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
