package nl.cookiekeur.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ExportFormat;
import org.jspecify.annotations.Nullable;

/**
 * A site's configuration (read by every banner, published by the admin), its CORS preflights, and the admin's
 * export and verification of its records.
 */
final class SiteEndpoints {
    private final Ledger ledger;
    private final @Nullable String adminToken;
    private final BiPredicate<String, String> moreTokens;

    SiteEndpoints(Ledger ledger, @Nullable String adminToken) {
        this(ledger, adminToken, (token, site) -> false);
    }

    /**
     * Endpoints that also accept the bearer tokens {@code moreTokens} accepts for a site (the web app's API tokens).
     */
    SiteEndpoints(Ledger ledger, @Nullable String adminToken, BiPredicate<String, String> moreTokens) {
        this.ledger = ledger;
        this.adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        this.moreTokens = moreTokens;
    }

    /** The site id of the route, 404 when it cannot be a site. */
    static String siteId(Exchange exchange) {
        String siteId = exchange.pathParam("siteId");
        if (!SiteConfig.SITE_ID.matcher(siteId).matches()) {
            throw Problem.notFound("Unknown site.");
        }
        return siteId;
    }

    /** The site's current configuration, 404 when it has none. */
    SiteConfig current(String siteId) {
        return ledger.currentSiteConfig(siteId).orElseThrow(() -> Problem.notFound("Unknown site."));
    }

    /** Whether {@code origin} may record choices for the site (CORS); a site without origins allows any. */
    static boolean originAllowed(SiteConfig config, String origin) {
        return config.origins().isEmpty() || config.origins().contains(origin);
    }

    void getConfig(Exchange exchange) {
        SiteConfig config = current(siteId(exchange));
        String etag = '"' + config.version() + '"';
        exchange.setHeader("Access-Control-Allow-Origin", "*");
        exchange.setHeader("Cache-Control", "no-cache");
        exchange.setHeader("ETag", etag);
        if (etag.equals(exchange.header("If-None-Match"))) {
            exchange.empty(304);
            return;
        }
        exchange.json(200, config.served());
    }

    void configPreflight(Exchange exchange) {
        siteId(exchange);
        exchange.setHeader("Access-Control-Allow-Origin", "*");
        preflight(exchange, "GET, HEAD");
    }

    void choicePreflight(Exchange exchange) {
        SiteConfig config = current(siteId(exchange));
        String origin = exchange.header("Origin");
        if (origin != null && originAllowed(config, origin)) {
            exchange.setHeader("Access-Control-Allow-Origin", origin);
            exchange.setHeader("Access-Control-Allow-Credentials", "true");
        }
        exchange.setHeader("Vary", "Origin");
        preflight(exchange, "POST");
    }

    private static void preflight(Exchange exchange, String methods) {
        exchange.setHeader("Access-Control-Allow-Methods", methods + ", OPTIONS");
        exchange.setHeader("Access-Control-Allow-Headers", "Content-Type");
        exchange.setHeader("Access-Control-Max-Age", "600");
        exchange.empty(204);
    }

    void putConfig(Exchange exchange) throws IOException {
        String siteId = siteId(exchange);
        requireAdmin(exchange, siteId);
        byte[] body = exchange.jsonBody(SiteConfig.MAX_BYTES);
        var published = ledger.publishConfig(siteId, new String(body, StandardCharsets.UTF_8));
        exchange.setHeader("ETag", '"' + published.version() + '"');
        exchange.json(200, published.json());
    }

    void export(Exchange exchange) throws IOException {
        String siteId = siteId(exchange);
        requireAdmin(exchange, siteId);
        String format = Objects.requireNonNullElse(exchange.queryParam("format"), "json")
                .toLowerCase(Locale.ROOT);
        ExportFormat exportFormat = switch (format) {
            case "json" -> ExportFormat.JSON;
            case "csv" -> ExportFormat.CSV;
            default -> throw Problem.invalid("'format' must be json or csv.");
        };
        if (!ledger.sites().contains(siteId)) {
            throw Problem.notFound("Unknown site.");
        }
        String type = exportFormat == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        try (Writer out = new OutputStreamWriter(exchange.stream(200, type), StandardCharsets.UTF_8)) {
            ledger.export(siteId, exportFormat, out);
        }
    }

    void verify(Exchange exchange) {
        String siteId = siteId(exchange);
        requireAdmin(exchange, siteId);
        ChainVerification verification = ledger.verify(siteId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", siteId);
        body.put("intact", verification.intact());
        body.put("recordsChecked", verification.recordsChecked());
        body.put("purgedThrough", verification.purgedThrough());
        body.put("headHash", verification.headHash());
        body.put(
                "problems",
                verification.problems().stream().map(SiteEndpoints::problemJson).toList());
        exchange.json(200, CanonicalJson.text(body));
    }

    private static Map<String, Object> problemJson(ChainProblem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", problem.sequence());
        json.put("kind", problem.kind().name().toLowerCase(Locale.ROOT));
        json.put("recordId", problem.recordId());
        return json;
    }

    private void requireAdmin(Exchange exchange, String siteId) {
        String given = exchange.header("Authorization");
        if (given != null
                && given.startsWith("Bearer ")
                && moreTokens.test(given.substring("Bearer ".length()), siteId)) {
            return;
        }
        String token = adminToken;
        if (token == null) {
            throw new ProblemException(new Problem(
                    403,
                    "admin-disabled",
                    "Admin API disabled",
                    "Start the server with an admin token to use this endpoint."));
        }
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            exchange.setHeader("WWW-Authenticate", "Bearer");
            throw new ProblemException(
                    new Problem(401, "unauthorized", "Unauthorized", "A valid admin bearer token is required."));
        }
    }
}
