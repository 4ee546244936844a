package nl.cookiekeur.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Dutch demo page at {@code /}: the banner with a gated analytics script and a gated embed, under a
 * strict Content-Security-Policy with a fresh nonce, plus the configuration of site {@code demo} that the
 * server publishes at start when the ledger has none.
 */
final class DemoSite {
    static final String SITE_ID = "demo";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String page;
    private final StaticFile embed;
    private final StaticFile css;

    DemoSite(boolean bannerPresent) {
        String template =
                new String(resource("page.html", "text/html; charset=utf-8").bytes(), StandardCharsets.UTF_8);
        this.page = template.replace(
                "{{notice}}",
                bannerPresent
                        ? ""
                        : "<p class=\"notice\">Deze build bevat de banner (banner.min.js) nog niet; de gemarkeerde"
                                + " scripts blijven daarom geblokkeerd.</p>");
        this.embed = resource("embed.html", "text/html; charset=utf-8");
        this.css = resource("page.css", "text/css; charset=utf-8");
    }

    /** The demo site's configuration (JSON). */
    static String config() {
        return new String(resource("config.json", "application/json").bytes(), StandardCharsets.UTF_8);
    }

    void page(Exchange exchange) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        exchange.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:;"
                        + " frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'");
        exchange.setHeader("Cache-Control", "no-store");
        exchange.setHeader("Referrer-Policy", "no-referrer");
        exchange.send(
                200,
                "text/html; charset=utf-8",
                page.replace("{{nonce}}", nonce).getBytes(StandardCharsets.UTF_8));
    }

    void embed(Exchange exchange) {
        exchange.setHeader("Content-Security-Policy", "default-src 'none'");
        exchange.send(200, embed.contentType(), embed.bytes());
    }

    void css(Exchange exchange) {
        exchange.setHeader("Cache-Control", "public, max-age=300");
        exchange.send(200, css.contentType(), css.bytes());
    }

    private static StaticFile resource(String name, String type) {
        return StaticFile.load("nl/cookiekeur/ledger/demo/" + name, type)
                .orElseThrow(() -> new IllegalStateException("missing demo resource " + name));
    }
}
