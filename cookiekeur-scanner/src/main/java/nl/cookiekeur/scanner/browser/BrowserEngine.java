package nl.cookiekeur.scanner.browser;

/**
 * A browser that opens fresh, isolated state (cookies, storage, cache) per phase. Implementations are confined to the thread that
 * created them (Playwright is not thread-safe); run one engine per worker thread.
 */
public interface BrowserEngine extends AutoCloseable {

    /** Opens a fresh profile with one empty tab. */
    PhaseBrowser open(BrowserSettings settings) throws BrowserStartException;

    /** The browser's name and version, such as {@code Chromium 156.0.8078.73}. */
    String version();

    /** The user agent sent for the device. */
    String userAgent(Device device);

    /** Stops the browser driver; never throws. */
    @Override
    void close();
}
