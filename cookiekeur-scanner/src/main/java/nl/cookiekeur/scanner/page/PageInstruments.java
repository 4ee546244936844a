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
import com.microsoft.playwright.TimeoutError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import org.jspecify.annotations.Nullable;

/**
 * The page-side instruments: {@link #initScript()} is passed to {@code BrowserContext.addInitScript} so it runs
 * in every frame before the site's scripts; {@link #collect} reads what it recorded from every frame, plus the
 * frames' Web Storage and IndexedDB databases and the TCF API, and never throws for site behaviour.
 * See {@code docs/page-instruments.md}.
 */
public final class PageInstruments {

    /** The most frames read per page. */
    static final int MAX_FRAMES = 40;

    /** The longest wait for one frame's answer (a frozen page never answers). */
    static final double FRAME_TIMEOUT_MS = 3_000;

    /** The longest time one {@link #collect} spends over all frames. */
    static final long PAGE_BUDGET_MS = 8_000;

    /** The longest answer accepted from one frame, in characters. */
    static final int MAX_ANSWER_CHARS = 2_000_000;

    /** The obscure, per-run name of the collector function (letters only, so it is a valid identifier). */
    static final String COLLECTOR_NAME = HiddenName.random();

    private static final String SCRIPT = loadScript();

    private static final String CALL_COLLECTOR =
            "k => { const c = window[k]; return typeof c === 'function' ? c('collect') : 'absent'; }";

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final CmpStorageNames cmpNames;
    private final Clock clock;

    /** Instruments with the shipped consent-storage names and the system clock. */
    public PageInstruments() {
        this(CmpStorageNames.shipped(), Clock.systemUTC());
    }

    /** Instruments with the given consent-storage names and clock. */
    public PageInstruments(CmpStorageNames cmpNames, Clock clock) {
        this.cmpNames = cmpNames;
        this.clock = clock;
    }

    /** The JavaScript to pass to {@code BrowserContext.addInitScript}. */
    public static String initScript() {
        return SCRIPT;
    }

    /**
     * Reads the instruments of every frame of the page (main frame first, at most {@link #MAX_FRAMES}); a frame
     * that cannot be read is noted in {@link PageObservations#problems()} and skipped.
     */
    public PageObservations collect(Page page, Phase phase, String pageUrl) {
        List<Frame> frames;
        try {
            frames = page.frames();
        } catch (PlaywrightException e) {
            return PageObservations.nothing(ScanNote.of("problem.instruments.closed", brief(e)));
        }
        ObservationAssembler assembler = new ObservationAssembler(phase, pageUrl, cmpNames, clock.instant());
        long deadline = System.nanoTime() + PAGE_BUDGET_MS * 1_000_000;
        int read = 0;
        for (Frame frame : frames) {
            if (read >= MAX_FRAMES) {
                assembler.problem(ScanNote.of("problem.instruments.frames", MAX_FRAMES));
                break;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                assembler.problem(ScanNote.of("problem.instruments.time"));
                break;
            }
            read++;
            readFrame(frame, assembler, Math.min(FRAME_TIMEOUT_MS, (double) left));
        }
        return assembler.observations();
    }

    private void readFrame(Frame frame, ObservationAssembler assembler, double timeoutMs) {
        String url = "";
        try {
            url = frame.url();
            if (frame.isDetached()) {
                return;
            }
            Object answer = ask(frame, timeoutMs);
            if (!(answer instanceof String json) || json.equals("absent")) {
                assembler.problem(ScanNote.of("problem.instruments.absent", Bounded.text(url, 300)));
                return;
            }
            if (json.length() > MAX_ANSWER_CHARS) {
                assembler.problem(ScanNote.of("problem.instruments.too-large", Bounded.text(url, 300)));
                return;
            }
            JsonNode node = mapper.readTree(json);
            assembler.frame(node);
        } catch (TimeoutError e) {
            assembler.problem(ScanNote.of("problem.instruments.timeout", Bounded.text(url, 300), (long) timeoutMs));
        } catch (PlaywrightException e) {
            assembler.problem(ScanNote.of("problem.instruments.frame", Bounded.text(url, 300), brief(e)));
        } catch (JsonProcessingException e) {
            assembler.problem(ScanNote.of("problem.instruments.unreadable", Bounded.text(url, 300)));
        }
    }

    /**
     * The frame's answer. {@code waitForFunction} gives up after its timeout even when the page's thread is
     * frozen (an endless loop), where {@code evaluate} would wait forever; but it relies on page globals that a
     * hostile page can break. When it fails for any reason other than the timeout, the page evidently still
     * runs, so {@code evaluate} (which does not rely on them) is used instead.
     */
    private static @Nullable Object ask(Frame frame, double timeoutMs) {
        try {
            JSHandle handle = frame.waitForFunction(
                    CALL_COLLECTOR, COLLECTOR_NAME, new Frame.WaitForFunctionOptions().setTimeout(timeoutMs));
            try {
                return handle.jsonValue();
            } finally {
                handle.dispose();
            }
        } catch (TimeoutError e) {
            throw e;
        } catch (PlaywrightException e) {
            if (frame.isDetached()) {
                throw e;
            }
            return frame.evaluate(CALL_COLLECTOR, COLLECTOR_NAME);
        }
    }

    private static String brief(RuntimeException e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return Bounded.text(newline < 0 ? message : message.substring(0, newline), 200);
    }

    private static String loadScript() {
        try (InputStream in = PageInstruments.class.getResourceAsStream("instruments.js")) {
            if (in == null) {
                throw new IllegalStateException("missing resource instruments.js");
            }
            String source = new String(in.readAllBytes(), UTF_8);
            return source.replace("__COLLECTOR__", COLLECTOR_NAME) + "\n//# sourceURL=" + COLLECTOR_NAME.substring(2)
                    + ".js\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
