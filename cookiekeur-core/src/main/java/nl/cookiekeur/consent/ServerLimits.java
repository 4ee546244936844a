package nl.cookiekeur.consent;

import java.time.Duration;

/**
 * How much one connection and one client may ask of the ledger server, so that a slow or greedy client cannot
 * take it down for the others.
 *
 * @param idleTimeout a connection that sends nothing for this long (while sending headers, a body, or between
 *     requests) is closed
 * @param connectionsPerClient open connections one remote address may hold; more are closed at once
 * @param requestsPerClient requests of one remote address handled at the same time; more wait their turn
 * @param choicesPerSecond consent choices one remote address may record per site per second (sustained), 0
 *     for no limit
 * @param choiceBurst consent choices one remote address may record per site in a burst
 */
public record ServerLimits(
        Duration idleTimeout,
        int connectionsPerClient,
        int requestsPerClient,
        double choicesPerSecond,
        int choiceBurst) {
    /** The defaults of {@code cookiekeur serve} (docs/consent-ledger.md). */
    public static final ServerLimits DEFAULT = new ServerLimits(Duration.ofSeconds(10), 64, 16, 10, 50);

    public ServerLimits {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        if (connectionsPerClient < 1 || requestsPerClient < 1 || choiceBurst < 1 || choicesPerSecond < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
