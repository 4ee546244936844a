package nl.cookiekeur.ledger;

import java.util.Optional;

/** The banner's script and style sheet, served to every site with CORS and a strong ETag. */
final class BannerFiles {
    private final Optional<StaticFile> script =
            StaticFile.load("nl/cookiekeur/ledger/web/banner.min.js", "text/javascript; charset=utf-8");
    private final Optional<StaticFile> style =
            StaticFile.load("nl/cookiekeur/ledger/web/banner.css", "text/css; charset=utf-8");

    /** Whether this build contains the banner script. */
    boolean hasScript() {
        return script.isPresent();
    }

    void script(Exchange exchange) {
        send(exchange, script, "banner.min.js");
    }

    void style(Exchange exchange) {
        send(exchange, style, "banner.css");
    }

    private static void send(Exchange exchange, Optional<StaticFile> file, String name) {
        if (file.isEmpty()) {
            throw Problem.notFound("This build has no " + name + ".");
        }
        StaticFile f = file.get();
        exchange.setHeader("Access-Control-Allow-Origin", "*");
        exchange.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
        exchange.setHeader("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
        exchange.setHeader("ETag", f.etag());
        if (f.etag().equals(exchange.header("If-None-Match"))) {
            exchange.empty(304);
            return;
        }
        exchange.send(200, f.contentType(), f.bytes());
    }
}
