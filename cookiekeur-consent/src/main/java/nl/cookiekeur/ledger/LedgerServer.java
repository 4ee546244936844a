package nl.cookiekeur.ledger;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.consent.ConsentException;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerSettings;

/**
 * The ledger's HTTP API on Javalin and Jetty (ADR 0006), each request on a virtual thread. A choice is answered
 * 201 only after the writer committed it, without a thread waiting for the commit; bad input always gets a 4xx
 * problem response, and one client cannot take the server from the others ({@link AbuseLimits}).
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

    private final Ledger ledger;
    private final boolean ownsLedger;
    private final Javalin app;
    private final String host;
    private final List<AutoCloseable> extensions = new ArrayList<>();

    private LedgerServer(Ledger ledger, boolean ownsLedger, ServerSettings settings, RouteExtension extension) {
        this.ledger = ledger;
        this.ownsLedger = ownsLedger;
        this.host = settings.host();
        SiteEndpoints sites = new SiteEndpoints(ledger, settings.adminToken(), extension::acceptsAdminToken);
        ChoiceRateLimit rate = new ChoiceRateLimit(
                settings.limits().choicesPerSecond(), settings.limits().choiceBurst(), System::nanoTime);
        BannerFiles banner = new BannerFiles();
        LedgerRoutes routes = new LedgerRoutes(
                sites, new ChoiceEndpoint(ledger, sites, rate), banner, new DemoSite(banner.hasScript()));
        if (!routes.routes().containsAll(ROUTES) || !ROUTES.containsAll(routes.routes())) {
            throw new IllegalStateException("LedgerServer.ROUTES differs from the registered routes");
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = false;
            config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
            AbuseLimits.apply(config, settings.host(), settings.port(), settings.limits());
            routes.register(config);
            extensions.add(extension.register(config, settings, ledger));
        });
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
        return start(ledger, owns, settings, RouteExtension.NONE);
    }

    /** Starts with the routes of {@code extension} beside the ledger's. */
    static LedgerServer start(Ledger ledger, boolean owns, ServerSettings settings, RouteExtension extension) {
        try {
            return startOn(ledger, owns, settings, extension);
        } catch (RuntimeException e) {
            if (owns) {
                ledger.close();
            }
            throw e;
        }
    }

    private static LedgerServer startOn(
            Ledger ledger, boolean owns, ServerSettings settings, RouteExtension extension) {
        if (ledger.currentConfig(DemoSite.SITE_ID).isEmpty()) {
            ledger.publishConfig(DemoSite.SITE_ID, DemoSite.config());
        }
        LedgerServer started = new LedgerServer(ledger, owns, settings, extension);
        String address = settings.host() + ":" + settings.port();
        try {
            started.app.start();
        } catch (RuntimeException e) {
            started.closeExtensions();
            throw translated(e, address);
        }
        return started;
    }

    /** A failure to listen as the command line explains it; any other failure as it is. */
    private static RuntimeException translated(RuntimeException failure, String address) {
        if (failure instanceof JavalinBindException) {
            return new ConsentException(
                    ConsentException.Reason.ADDRESS_IN_USE,
                    address,
                    "Adres " + address + " is al in gebruik.",
                    failure);
        }
        if (failure instanceof JavalinException) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return new ConsentException(
                    ConsentException.Reason.ADDRESS_IN_USE,
                    address,
                    "Kan niet luisteren op " + address + ": " + cause.getMessage(),
                    failure);
        }
        return failure;
    }

    @Override
    public URI address() {
        String shown = host;
        try {
            InetAddress bound = InetAddress.getByName(host);
            shown = bound.isAnyLocalAddress() ? "127.0.0.1" : bound.getHostAddress();
        } catch (UnknownHostException e) {
            // keep the name as given
        }
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return URI.create("http://" + shown + ":" + app.port() + "/");
    }

    @Override
    public String database() {
        return ledger.database();
    }

    /** Stops accepting requests, lets running ones finish (up to 2 s), then flushes the writer. */
    @Override
    public void close() {
        app.stop();
        closeExtensions();
        if (ownsLedger) {
            ledger.close();
        }
    }

    private void closeExtensions() {
        for (AutoCloseable extension : extensions) {
            try {
                extension.close();
            } catch (Exception e) {
                // closing what the extension opened must not keep the ledger from flushing
            }
        }
        extensions.clear();
    }
}
