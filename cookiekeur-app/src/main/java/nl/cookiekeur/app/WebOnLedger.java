package nl.cookiekeur.app;

import io.javalin.config.JavalinConfig;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.ledger.RouteExtension;
import nl.cookiekeur.web.WebApp;

/** The web app's pages and API tokens on the ledger's server: the one place the two adapters meet. */
final class WebOnLedger implements RouteExtension {
    private final WebApp web;

    WebOnLedger(WebApp web) {
        this.web = web;
    }

    @Override
    public AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger) {
        return web.register(config, settings, ledger);
    }

    @Override
    public boolean acceptsAdminToken(String token, String siteId) {
        return web.acceptsAdminToken(token, siteId);
    }
}
