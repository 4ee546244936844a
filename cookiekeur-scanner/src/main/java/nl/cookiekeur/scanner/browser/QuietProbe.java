package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A small init script that lets the scanner see the page's pending short timers, so waits end when delayed
 * scripts have run instead of after a fixed sleep.
 */
public final class QuietProbe {
    private static final String SCRIPT = load();

    private QuietProbe() {}

    /** The script for {@code BrowserContext.addInitScript}. */
    public static String initScript() {
        return SCRIPT;
    }

    /**
     * Milliseconds until the page's last pending short timer fires (0 when none), or -1 when the probe cannot
     * be read (navigation in progress, a crashed tab).
     */
    public static long pendingTimerMillis(Page page) {
        Object value = PageProbe.value(
                page, "typeof window.__cookiekeurQuiet === 'function' ? window.__cookiekeurQuiet() : -1", 1000);
        return value instanceof Number number ? number.longValue() : -1;
    }

    private static String load() {
        try (InputStream in = QuietProbe.class.getResourceAsStream("quiet-probe.js")) {
            if (in == null) {
                throw new IllegalStateException("quiet-probe.js is missing from the scanner's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
