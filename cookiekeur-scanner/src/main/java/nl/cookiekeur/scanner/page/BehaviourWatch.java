package nl.cookiekeur.scanner.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;
import org.jspecify.annotations.Nullable;

/**
 * The behaviour instruments ({@code behaviour.js}): {@link #initScript()} is passed to
 * {@code BrowserContext.addInitScript} after the page instruments; {@link #collect} reads from every frame
 * what scripts did that marks them as trackers by behaviour (session recording, an identifier sent out,
 * beacons), as {@link ScriptBehaviour} evidence. Never throws for site behaviour: a frame that cannot be read
 * is skipped. See {@code docs/page-instruments.md}.
 */
public final class BehaviourWatch {
    /** The longest wait for one frame's answer. */
    static final double FRAME_TIMEOUT_MS = 2_000;
    /** The most behaviours kept per page. */
    static final int MAX_PER_PAGE = 100;

    static final String COLLECTOR_NAME = HiddenName.random();
    private static final String SCRIPT = loadScript();
    private static final String CALL_COLLECTOR =
            "k => { const c = window[k]; return typeof c === 'function' ? c('collect') : 'absent'; }";

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /** The JavaScript to pass to {@code BrowserContext.addInitScript}. */
    public static String initScript() {
        return SCRIPT;
    }

    /** What the scripts of every frame of the page did (main frame first, at most 40 frames). */
    public List<ScriptBehaviour> collect(Page page, Phase phase, String pageUrl) {
        List<ScriptBehaviour> found = new ArrayList<>();
        List<Frame> frames;
        try {
            frames = page.frames();
        } catch (PlaywrightException e) {
            return found;
        }
        for (Frame frame : frames.subList(0, Math.min(frames.size(), PageInstruments.MAX_FRAMES))) {
            if (found.size() >= MAX_PER_PAGE) {
                break;
            }
            JsonNode answer = ask(frame);
            if (answer != null) {
                read(answer, phase, pageUrl, found);
            }
        }
        return found.size() > MAX_PER_PAGE ? List.copyOf(found.subList(0, MAX_PER_PAGE)) : List.copyOf(found);
    }

    /** Adds the behaviours of one frame's answer. */
    static void read(JsonNode answer, Phase phase, String pageUrl, List<ScriptBehaviour> into) {
        for (JsonNode recording : answer.path("recordings")) {
            into.add(new ScriptBehaviour(
                    phase,
                    pageUrl,
                    BehaviourKind.SESSION_RECORDING,
                    script(recording),
                    Bounded.text(recording.path("target").asText(""), 500),
                    "",
                    Bounded.text(recording.path("detail").asText(""), 300),
                    Math.max(1, recording.path("count").asInt(1))));
        }
        for (JsonNode identifier : answer.path("identifiers")) {
            into.add(new ScriptBehaviour(
                    phase,
                    pageUrl,
                    BehaviourKind.TRACKING_IDENTIFIER,
                    script(identifier),
                    Bounded.text(identifier.path("target").asText(""), 500),
                    Bounded.text(identifier.path("key").asText(""), 300),
                    "written to storage, then sent in a request",
                    1));
        }
        for (JsonNode beacon : answer.path("beacons")) {
            into.add(new ScriptBehaviour(
                    phase,
                    pageUrl,
                    BehaviourKind.PAGE_BEACON,
                    script(beacon),
                    Bounded.text(beacon.path("target").asText(""), 500),
                    "",
                    "beacon or pixel",
                    Math.max(1, beacon.path("count").asInt(1))));
        }
    }

    private static @Nullable String script(JsonNode node) {
        JsonNode script = node.path("script");
        return script.isTextual() && !script.asText().isBlank() ? Bounded.text(script.asText(), 500) : null;
    }

    private @Nullable JsonNode ask(Frame frame) {
        try {
            if (frame.isDetached()) {
                return null;
            }
            JSHandle handle = frame.waitForFunction(
                    CALL_COLLECTOR, COLLECTOR_NAME, new Frame.WaitForFunctionOptions().setTimeout(FRAME_TIMEOUT_MS));
            Object value;
            try {
                value = handle.jsonValue();
            } finally {
                handle.dispose();
            }
            if (!(value instanceof String json) || json.equals("absent") || json.length() > 1_000_000) {
                return null;
            }
            return mapper.readTree(json);
        } catch (PlaywrightException | JsonProcessingException e) {
            return null;
        }
    }

    private static String loadScript() {
        try (InputStream in = BehaviourWatch.class.getResourceAsStream("behaviour.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource behaviour.js");
            }
            String marker = HiddenName.random().substring(2);
            String source = new String(in.readAllBytes(), UTF_8);
            return source.replace("__BEHAVIOUR__", COLLECTOR_NAME).replace("__MARKER__", marker) + "\n//# sourceURL="
                    + marker + ".js\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
