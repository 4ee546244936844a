package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ConfigProblem;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.ExportFormat;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's HTTP API on the JDK's HTTP server, each request on a virtual thread with a bound on requests
 * in flight. A choice is answered 201 only after the writer committed it; bad input always gets a 4xx
 * problem response.
 */
public final class LedgerServer implements RunningServer {
    /** Every route the server answers, as "METHOD path" with OpenAPI path templates (docs/openapi.yaml). */
    static final List<String> ROUTES = List.of(
            "GET /",
            "GET /demo/embed",
            "GET /demo/page.css",
            "GET /v1/banner.js",
            "GET /v1/banner.css",
            "GET /v1/sites/{siteId}/config",
            "PUT /v1/sites/{siteId}/config",
            "OPTIONS /v1/sites/{siteId}/config",
            "POST /v1/sites/{siteId}/consents",
            "GET /v1/sites/{siteId}/consents",
            "OPTIONS /v1/sites/{siteId}/consents",
            "GET /v1/sites/{siteId}/verify");

    private static final Pattern SITE_ROUTE = Pattern.compile("/v1/sites/([^/]{1,200})/(config|consents|verify)");
    private static final int MAX_IN_FLIGHT = 4_096;
    private static final int MAX_CONFIG_BYTES = SiteConfig.MAX_BYTES;

    private final Ledger ledger;
    private final boolean ownsLedger;
    private final @Nullable String adminToken;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Optional<StaticFile> bannerJs;
    private final Optional<StaticFile> bannerCss;
    private final DemoSite demo;

    static {
        // small JSON answers on keep-alive connections must not wait for delayed ACKs (Nagle)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private LedgerServer(Ledger ledger, boolean ownsLedger, ServerSettings settings) throws IOException {
        this.ledger = ledger;
        this.ownsLedger = ownsLedger;
        this.adminToken =
                settings.adminToken() == null || settings.adminToken().isBlank() ? null : settings.adminToken();
        this.bannerJs = StaticFile.load("nl/cookiekeur/ledger/web/banner.min.js", "text/javascript; charset=utf-8");
        this.bannerCss = StaticFile.load("nl/cookiekeur/ledger/web/banner.css", "text/css; charset=utf-8");
        this.demo = new DemoSite(bannerJs.isPresent());
        this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 1_024);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server over an open ledger (the caller closes the ledger) and publishes the demo site's
     * configuration when the ledger has none.
     */
    public static LedgerServer start(Ledger ledger, ServerSettings settings) {
        return start(ledger, false, settings);
    }

    /** Starts on an opened ledger; with {@code owns} closing the server closes the ledger (also on failure). */
    static LedgerServer start(Ledger ledger, boolean owns, ServerSettings settings) {
        try {
            return startOn(ledger, owns, settings);
        } catch (RuntimeException e) {
            if (owns) {
                ledger.close();
            }
            throw e;
        }
    }

    private static LedgerServer startOn(Ledger ledger, boolean owns, ServerSettings settings) {
        if (ledger.currentConfig(DemoSite.SITE_ID).isEmpty()) {
            ledger.publishConfig(DemoSite.SITE_ID, DemoSite.config());
        }
        LedgerServer started;
        try {
            started = new LedgerServer(ledger, owns, settings);
        } catch (BindException e) {
            throw new ConsentException(
                    ConsentException.Reason.ADDRESS_IN_USE,
                    settings.host() + ":" + settings.port(),
                    "Adres " + settings.host() + ":" + settings.port() + " is al in gebruik.",
                    e);
        } catch (IOException e) {
            throw new ConsentException(
                    ConsentException.Reason.ADDRESS_IN_USE,
                    settings.host() + ":" + settings.port(),
                    "Kan niet luisteren op " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
                    e);
        }
        started.server.start();
        return started;
    }

    @Override
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().isAnyLocalAddress()
                ? "127.0.0.1"
                : bound.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    @Override
    public String database() {
        return ledger.database();
    }

    /** Stops accepting requests, lets running ones finish (up to 2 s), then flushes the writer. */
    @Override
    public void close() {
        server.stop(2);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsLedger) {
            ledger.close();
        }
    }

    private void handle(HttpExchange http) {
        Exchange exchange = new Exchange(http);
        if (!inFlight.tryAcquire()) {
            respondQuietly(exchange, new Problem(503, "busy", "The ledger is busy", "Try again shortly."));
            return;
        }
        try {
            route(exchange);
        } catch (ProblemException e) {
            respondQuietly(exchange, e.problem());
        } catch (ConsentException e) {
            respondQuietly(
                    exchange,
                    switch (e.reason()) {
                        case INVALID_CONFIG -> invalidConfig(e, exchange);
                        case UNKNOWN_SITE -> new Problem(404, "not-found", "Not found", "Unknown site.");
                        default ->
                            new Problem(
                                    503,
                                    "storage-unavailable",
                                    "The ledger cannot store right now",
                                    "Try again shortly.");
                    });
        } catch (IOException | RuntimeException e) {
            respondQuietly(exchange, new Problem(500, "internal", "Internal error", "The ledger could not answer."));
        } finally {
            inFlight.release();
            exchange.close();
        }
    }

    /**
     * 422 with the problem in the language the client prefers (Dutch or English) and, for clients that word it
     * themselves, its stable code and arguments as the extension members {@code problemCode} and
     * {@code problemArguments}.
     */
    private static Problem invalidConfig(ConsentException e, Exchange exchange) {
        Language language = AcceptLanguage.preferred(exchange.header("Accept-Language"));
        exchange.addHeader("Vary", "Accept-Language");
        String title = language == Language.DUTCH ? "De configuratie is ongeldig" : "The configuration is not valid";
        Optional<ConfigProblem> problem = e.configProblem();
        if (problem.isEmpty()) {
            return new Problem(422, "invalid-config", title, e.subject(), Map.of(), Language.ENGLISH);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("problemCode", problem.get().code().id());
        extensions.put("problemArguments", problem.get().arguments());
        return new Problem(422, "invalid-config", title, problem.get().text(language), extensions, language);
    }

    private static void respondQuietly(Exchange exchange, Problem problem) {
        try {
            exchange.problem(problem);
        } catch (IOException | RuntimeException ignored) {
            // the client went away or the response was already started
        }
    }

    private void route(Exchange exchange) throws IOException {
        String path = exchange.path();
        String method = exchange.method();
        switch (path) {
            case "/" -> {
                allow(exchange, "GET", "HEAD");
                demo.page(exchange);
                return;
            }
            case "/demo/page.css" -> {
                allow(exchange, "GET", "HEAD");
                demo.css(exchange);
                return;
            }
            case "/demo/embed" -> {
                allow(exchange, "GET", "HEAD");
                demo.embed(exchange);
                return;
            }
            case "/v1/banner.js" -> {
                allow(exchange, "GET", "HEAD");
                file(exchange, bannerJs, "banner.min.js");
                return;
            }
            case "/v1/banner.css" -> {
                allow(exchange, "GET", "HEAD");
                file(exchange, bannerCss, "banner.css");
                return;
            }
            default -> {
                // site routes below
            }
        }
        Matcher site = SITE_ROUTE.matcher(path);
        if (!site.matches()) {
            throw Problem.notFound("No such resource.");
        }
        String siteId = site.group(1);
        if (!SiteConfig.SITE_ID.matcher(siteId).matches()) {
            throw Problem.notFound("Unknown site.");
        }
        switch (site.group(2)) {
            case "config" -> {
                switch (method) {
                    case "GET", "HEAD" -> getConfig(exchange, siteId);
                    case "PUT" -> putConfig(exchange, siteId);
                    case "OPTIONS" -> preflight(exchange, siteId, "GET, HEAD");
                    default -> throw methodNotAllowed(exchange, "GET, HEAD, PUT, OPTIONS");
                }
            }
            case "consents" -> {
                switch (method) {
                    case "POST" -> postChoice(exchange, siteId);
                    case "GET" -> export(exchange, siteId);
                    case "OPTIONS" -> preflight(exchange, siteId, "POST");
                    default -> throw methodNotAllowed(exchange, "GET, POST, OPTIONS");
                }
            }
            default -> {
                allow(exchange, "GET");
                verify(exchange, siteId);
            }
        }
    }

    private static void allow(Exchange exchange, String... methods) {
        if (!List.of(methods).contains(exchange.method())) {
            throw methodNotAllowed(exchange, String.join(", ", methods));
        }
    }

    private static ProblemException methodNotAllowed(Exchange exchange, String allowed) {
        exchange.setHeader("Allow", allowed);
        return new ProblemException(
                new Problem(405, "method-not-allowed", "Method not allowed", "Use " + allowed + " on this resource."));
    }

    private static void file(Exchange exchange, Optional<StaticFile> file, String name) throws IOException {
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

    private void getConfig(Exchange exchange, String siteId) throws IOException {
        SiteConfig config = ledger.currentSiteConfig(siteId).orElseThrow(() -> Problem.notFound("Unknown site."));
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

    private void preflight(Exchange exchange, String siteId, String methods) throws IOException {
        String origin = exchange.header("Origin");
        if (methods.equals("POST")) {
            SiteConfig config = ledger.currentSiteConfig(siteId).orElseThrow(() -> Problem.notFound("Unknown site."));
            if (origin != null && originAllowed(config, origin)) {
                exchange.setHeader("Access-Control-Allow-Origin", origin);
                exchange.setHeader("Access-Control-Allow-Credentials", "true");
            }
            exchange.setHeader("Vary", "Origin");
        } else {
            exchange.setHeader("Access-Control-Allow-Origin", "*");
        }
        exchange.setHeader("Access-Control-Allow-Methods", methods + ", OPTIONS");
        exchange.setHeader("Access-Control-Allow-Headers", "Content-Type");
        exchange.setHeader("Access-Control-Max-Age", "600");
        exchange.empty(204);
    }

    private static boolean originAllowed(SiteConfig config, String origin) {
        return config.origins().isEmpty() || config.origins().contains(origin);
    }

    private void postChoice(Exchange exchange, String siteId) throws IOException {
        SiteConfig current = ledger.currentSiteConfig(siteId).orElseThrow(() -> Problem.notFound("Unknown site."));
        String origin = exchange.header("Origin");
        exchange.setHeader("Vary", "Origin");
        if (origin != null) {
            if (!originAllowed(current, origin)) {
                throw new ProblemException(new Problem(
                        403,
                        "origin-not-allowed",
                        "Origin not allowed",
                        "This origin may not record choices for the site."));
            }
            exchange.setHeader("Access-Control-Allow-Origin", origin);
            exchange.setHeader("Access-Control-Allow-Credentials", "true");
        }
        JsonNode body = ChoiceRequest.parse(exchange.jsonBody(ChoiceRequest.MAX_BYTES));
        String version = ChoiceRequest.configVersion(body);
        SiteConfig shown = ledger.config(siteId, version)
                .orElseThrow(() -> new ProblemException(new Problem(
                        409,
                        "unknown-config-version",
                        "Unknown configuration version",
                        "The site never published this configuration version; load the configuration again.")));
        ChoiceDraft draft = ChoiceRequest.draft(body, shown, UserAgentFamily.of(exchange.header("User-Agent")));
        ConsentRecord record;
        try {
            record = ledger.record(draft).get(Ledger.WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
        if (draft.action() == ConsentAction.WITHDRAW && origin != null && sameOrigin(origin, exchange.header("Host"))) {
            expireHttpOnlyCookies(
                    exchange, current, draft, origin.toLowerCase(Locale.ROOT).startsWith("https:"));
        }
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("recordId", record.recordId());
        receipt.put("receivedAt", record.receivedAt().toString());
        receipt.put("hash", record.hash());
        exchange.json(201, CanonicalJson.text(receipt));
    }

    private static ProblemException unavailable() {
        return new ProblemException(new Problem(
                503,
                "storage-unavailable",
                "The ledger cannot store right now",
                "Nothing was recorded; try again shortly."));
    }

    /** The request comes from the site's own origin when the Origin's host and port are the Host it was sent to. */
    private static boolean sameOrigin(String origin, @Nullable String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void expireHttpOnlyCookies(Exchange exchange, SiteConfig config, ChoiceDraft draft, boolean secure) {
        for (Map.Entry<String, Boolean> choice : draft.choices().entrySet()) {
            if (choice.getValue()) {
                continue;
            }
            for (String cookie : config.httpOnlyCookies(choice.getKey())) {
                exchange.addHeader(
                        "Set-Cookie",
                        cookie + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax"
                                + (secure ? "; Secure" : ""));
            }
        }
    }

    private void requireAdmin(Exchange exchange) {
        String token = adminToken;
        if (token == null) {
            throw new ProblemException(new Problem(
                    403,
                    "admin-disabled",
                    "Admin API disabled",
                    "Start the server with an admin token to use this endpoint."));
        }
        String given = exchange.header("Authorization");
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            exchange.setHeader("WWW-Authenticate", "Bearer");
            throw new ProblemException(
                    new Problem(401, "unauthorized", "Unauthorized", "A valid admin bearer token is required."));
        }
    }

    private void putConfig(Exchange exchange, String siteId) throws IOException {
        requireAdmin(exchange);
        byte[] body = exchange.jsonBody(MAX_CONFIG_BYTES);
        var published = ledger.publishConfig(siteId, new String(body, StandardCharsets.UTF_8));
        exchange.setHeader("ETag", '"' + published.version() + '"');
        exchange.json(200, published.json());
    }

    private void export(Exchange exchange, String siteId) throws IOException {
        requireAdmin(exchange);
        String format = exchange.query().getOrDefault("format", "json").toLowerCase(Locale.ROOT);
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

    private void verify(Exchange exchange, String siteId) throws IOException {
        requireAdmin(exchange);
        ChainVerification verification = ledger.verify(siteId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("siteId", siteId);
        body.put("intact", verification.intact());
        body.put("recordsChecked", verification.recordsChecked());
        body.put("purgedThrough", verification.purgedThrough());
        body.put("headHash", verification.headHash());
        body.put(
                "problems",
                verification.problems().stream().map(LedgerServer::problemJson).toList());
        exchange.json(200, CanonicalJson.text(body));
    }

    private static Map<String, Object> problemJson(ChainProblem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", problem.sequence());
        json.put("kind", problem.kind().name().toLowerCase(Locale.ROOT));
        json.put("recordId", problem.recordId());
        return json;
    }
}
