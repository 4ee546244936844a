package nl.cookiekeur.ledger;

import io.javalin.config.JavalinConfig;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.ServerSettings;

/**
 * More routes on the ledger's server, such as the web app's pages (issue 13): called once while the server is
 * configured, after the ledger's own routes; the ledger's routes and contract stay as they are. What it returns
 * is closed when the server stops (or fails to start).
 */
public interface RouteExtension {
    /** No routes beyond the ledger's. */
    RouteExtension NONE = (config, settings, ledger) -> () -> {};

    /**
     * Adds the routes; {@code ledger} is the server's own ledger (use it rather than opening a second one, so the
     * banner sees a publication at once). Returns what to close when the server stops.
     */
    AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger);

    /**
     * Whether the admin API accepts this bearer token for the site {@code siteId}, besides
     * {@code COOKIEKEUR_ADMIN_TOKEN} (the web app's API tokens of users who may change that site); none by default.
     */
    default boolean acceptsAdminToken(String token, String siteId) {
        return false;
    }
}
