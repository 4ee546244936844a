package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates small expressions in a page with a hard time limit. {@code Page.evaluate} has no timeout and hangs
 * forever on a page whose script never yields (a busy loop); {@code waitForFunction}'s timeout is kept by the
 * driver, so it returns even when the renderer does not answer.
 */
public final class PageProbe {
    private PageProbe() {}

    /**
     * The value of {@code expression} (a JavaScript expression, not a function) in the page, or {@code null}
     * when the page did not answer within {@code timeoutMillis}, navigated away, or crashed.
     */
    public static @Nullable Object value(Page page, String expression, double timeoutMillis) {
        try {
            JSHandle handle = page.waitForFunction(
                    "() => { try { return { v: (" + expression + ") }; } catch (e) { return { v: null }; } }",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(timeoutMillis));
            try {
                Object result = handle.jsonValue();
                return result instanceof Map<?, ?> map ? map.get("v") : null;
            } finally {
                handle.dispose();
            }
        } catch (PlaywrightException e) {
            return null;
        }
    }

    /** Whether the page answers a trivial question within the time limit. */
    public static boolean responsive(Page page, double timeoutMillis) {
        return Boolean.TRUE.equals(value(page, "true", timeoutMillis));
    }
}
