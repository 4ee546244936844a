package nl.cookiekeur.consent;

import org.jspecify.annotations.Nullable;

/**
 * How to run the ledger server.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free port
 * @param databaseUrl a JDBC URL, or {@code null} for the embedded database
 * @param adminToken the bearer token of the HTTP admin endpoints, or {@code null} to switch them off
 * @param limits what one connection and one client may ask of the server
 */
public record ServerSettings(
        String host,
        int port,
        @Nullable String databaseUrl,
        @Nullable String adminToken,
        ServerLimits limits) {

    /** Settings with the default limits. */
    public ServerSettings(String host, int port, @Nullable String databaseUrl, @Nullable String adminToken) {
        this(host, port, databaseUrl, adminToken, ServerLimits.DEFAULT);
    }
}
