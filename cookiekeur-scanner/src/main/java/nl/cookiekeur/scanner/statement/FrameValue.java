package nl.cookiekeur.scanner.statement;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.PlaywrightException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an expression in one frame with a hard time limit ({@code Frame.evaluate} has none and hangs on a
 * busy page; the timeout of {@code waitForFunction} is kept by the driver). Never throws for page behaviour.
 */
final class FrameValue {
    private FrameValue() {}

    /** The expression's value, or {@code null} when the frame did not answer in time, went away or failed. */
    static @Nullable Object of(Frame frame, String expression, double timeoutMillis) {
        try {
            JSHandle handle = frame.waitForFunction(
                    "() => { try { return { v: (" + expression + ") }; } catch (e) { return { v: null }; } }",
                    null,
                    new Frame.WaitForFunctionOptions().setTimeout(Math.max(1, timeoutMillis)));
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
}
