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
 * @param allowPrivateTargets whether scans started from the web app may reach loopback, private, link-local and
 *     metadata addresses (staging and tests only; {@code serve --allow-private-targets})
 */
public record ServerSettings(
        String host,
        int port,
        @Nullable String databaseUrl,
        @Nullable String adminToken,
        ServerLimits limits,
        boolean allowPrivateTargets) {

    /** Settings that keep web scans off private addresses. */
    public ServerSettings(
            String host, int port, @Nullable String databaseUrl, @Nullable String adminToken, ServerLimits limits) {
        this(host, port, databaseUrl, adminToken, limits, false);
    }

    /** Settings with the default limits. */
    public ServerSettings(String host, int port, @Nullable String databaseUrl, @Nullable String adminToken) {
        this(host, port, databaseUrl, adminToken, ServerLimits.DEFAULT);
    }
}
