package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The page-side banner probe in one frame: installs it when the frame's document does not have it yet, calls it,
 * and clicks the elements it marked. Never throws for page behaviour: a detached frame or a failing script reads as
 * "nothing found".
 */
final class FrameProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARK = Pattern.compile("ck[0-9]{1,9}-[0-9]{1,7}");
    private static final String ABSENT = "__ck_absent";
    private static final double CLICK_TIMEOUT_MS = 1500;

    private final Frame frame;
    private final String key;
    private final String script;
    private final Supplier<String> config;

    FrameProbe(Frame frame, String key, String script, Supplier<String> config) {
        this.frame = frame;
        this.key = key;
        this.script = script;
        this.config = config;
    }

    Frame frame() {
        return frame;
    }

    /** Calls a probe method; the JSON it returned, or a missing node when the frame or the script failed. */
    JsonNode call(String method, Object... args) {
        Object raw = invoke(method, args);
        if (raw instanceof String text && !text.equals(ABSENT)) {
            try {
                return JSON.readTree(text);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }
        if (raw instanceof Boolean b) {
            return JSON.getNodeFactory().booleanNode(b);
        }
        return MissingNode.getInstance();
    }

    boolean flag(String method, Object... args) {
        return call(method, args).asBoolean(false);
    }

    private @Nullable Object invoke(String method, Object[] args) {
        String expression = "([k, m, a]) => { const p = window[k]; if (!p) return '" + ABSENT + "'; "
                + "const r = p[m](...a); return typeof r === 'string' || typeof r === 'boolean' ? r : String(r); }";
        List<Object> arg = List.of(key, method, List.of(args));
        try {
            Object first = frame.evaluate(expression, arg);
            if (!ABSENT.equals(first)) {
                return first;
            }
            frame.evaluate(script, List.of(key, config.get()));
            return frame.evaluate(expression, arg);
        } catch (PlaywrightException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The element the probe marked with {@code id}, or {@code null} for an id the probe cannot have given. */
    @Nullable
    Locator marked(String id) {
        return MARK.matcher(id).matches()
                ? frame.locator("[data-ck-id=\"" + id + "\"]").first()
                : null;
    }

    /** Clicks a marked element the way a visitor would, falling back to a script click; whether it was clicked. */
    boolean click(String id) {
        Locator target = marked(id);
        if (target == null) {
            return false;
        }
        try {
            target.click(new Locator.ClickOptions().setTimeout(CLICK_TIMEOUT_MS));
            return true;
        } catch (PlaywrightException e) {
            return flag("jsClick", id);
        }
    }

    /** Toggles a marked checkbox or switch by a script click (custom switches hide their input). */
    boolean toggle(String id) {
        return MARK.matcher(id).matches() && flag("jsClick", id);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array instanceof ArrayNode nodes) {
            nodes.forEach(out::add);
        }
        return out;
    }
}
