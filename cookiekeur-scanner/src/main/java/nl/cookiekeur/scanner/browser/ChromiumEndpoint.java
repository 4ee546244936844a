package nl.cookiekeur.scanner.browser;

import org.jspecify.annotations.Nullable;

/**
 * Where a slot's driver attaches: the DevTools endpoint of a running Chromium launched with the given host rules
 * ({@link ChromiumHost} for the slots of one scan, a {@link ChromiumHosts.Lease} for the scans of a worker).
 */
public interface ChromiumEndpoint {

    /** The {@code ws://} endpoint of the Chromium running with {@code rules}; launches it when none runs. */
    String endpoint(@Nullable String rules) throws BrowserStartException;
}
