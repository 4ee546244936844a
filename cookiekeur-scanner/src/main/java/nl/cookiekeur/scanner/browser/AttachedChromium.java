package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.jspecify.annotations.Nullable;

/**
 * A slot's view of a shared Chromium ({@link ChromiumHost}, {@link ChromiumHosts}): its own driver attached over the DevTools
 * port, a fresh context per phase; attaches again when the host had to launch a new Chromium.
 */
final class AttachedChromium implements ContextSource {
    private static final double CONNECT_MILLIS = 30_000;

    private final Playwright playwright;
    private ChromiumEndpoint host;
    private @Nullable Browser browser;
    private @Nullable String endpoint;

    AttachedChromium(Playwright playwright, ChromiumEndpoint host) {
        this.playwright = playwright;
        this.host = host;
    }

    /**
     * Attaches the next contexts to {@code endpoint} (a kept slot engine lent to another scan); the connection
     * changes only when that endpoint names another Chromium.
     */
    void use(ChromiumEndpoint endpoint) {
        this.host = endpoint;
    }

    @Override
    public BrowserContext newContext(@Nullable String rules, Browser.NewContextOptions options) {
        try {
            return attached(rules).newContext(options);
        } catch (PlaywrightException e) {
            Browser current = browser;
            if (current != null && current.isConnected()) {
                throw e;
            }
            // the shared browser died between the check and the call: once more with the host's next one
            return attached(rules).newContext(options);
        }
    }

    private Browser attached(@Nullable String rules) {
        String wanted;
        try {
            wanted = host.endpoint(rules);
        } catch (BrowserStartException e) {
            throw new PlaywrightException(String.valueOf(e.getMessage()), e);
        }
        Browser current = browser;
        if (current != null && current.isConnected() && wanted.equals(endpoint)) {
            return current;
        }
        close();
        Browser fresh = playwright
                .chromium()
                .connectOverCDP(
                        wanted,
                        new com.microsoft.playwright.BrowserType.ConnectOverCDPOptions().setTimeout(CONNECT_MILLIS));
        browser = fresh;
        endpoint = wanted;
        return fresh;
    }

    /** Detaches from the shared browser (it keeps running for the other slots); never throws. */
    @Override
    public void close() {
        Browser current = browser;
        browser = null;
        endpoint = null;
        if (current != null) {
            try {
                current.close();
            } catch (PlaywrightException e) {
                // the connection is gone already
            }
        }
    }
}
