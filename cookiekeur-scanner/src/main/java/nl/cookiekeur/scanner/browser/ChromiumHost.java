package nl.cookiekeur.scanner.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Chromium shared by the browser slots of a scan ({@link SlotSharing#ONE_BROWSER}) or, through
 * {@link ChromiumHosts}, by the scans of a worker. Playwright for Java is not thread-safe (one driver per thread),
 * so each slot keeps its own driver and attaches to this Chromium over its DevTools port on the loopback interface;
 * the host itself launches it without a driver ({@link ChromiumProcess}, on the profile that allows third-party
 * cookies, so the slots' contexts inherit the preference) and closes it. Launched on first use, launched again when
 * it went away or when a slot asks for other host rules (a launch switch). Every method takes the host's lock.
 */
public final class ChromiumHost implements ChromiumEndpoint, AutoCloseable {
    /**
     * Memory levers for this long-lived Chromium that change nothing a page can observe (docs/benchmarks.md): the
     * GPU thread (software compositing only, as {@code --disable-gpu} leaves it) and the network service run
     * inside the browser process instead of two processes of their own; the features every launch switches off
     * ({@link ChromiumEngine#FEATURES_OFF}) are off here too.
     */
    static final List<String> LEAN_SWITCHES = List.of("--in-process-gpu");

    static final List<String> LEAN_ENABLED_FEATURES = List.of("NetworkServiceInProcess2");

    private @Nullable ChromiumProcess chromium;
    private @Nullable String hostRules;
    private boolean closed;

    /** A host that launches nothing until a slot asks for its endpoint. */
    public ChromiumHost() {}

    @Override
    public synchronized String endpoint(@Nullable String rules) throws BrowserStartException {
        if (closed) {
            throw new BrowserStartException("the Chromium host is closed");
        }
        ChromiumProcess running = chromium;
        if (running != null && running.alive() && Objects.equals(hostRules, rules)) {
            return running.endpoint();
        }
        if (running != null) {
            running.close();
            chromium = null;
        }
        Path executable = ChromiumEngine.systemChromium();
        if (executable == null) {
            throw new BrowserStartException(
                    "Chromium is not installed: install Debian's chromium (apt-get install chromium)");
        }
        List<String> switches = new ArrayList<>(ChromiumEngine.FLAGS);
        switches.addAll(LEAN_SWITCHES);
        if (rules != null) {
            switches.add("--host-resolver-rules=" + rules);
        }
        ChromiumProcess launched =
                ChromiumProcess.launch(executable, switches, ChromiumEngine.FEATURES_OFF, LEAN_ENABLED_FEATURES);
        chromium = launched;
        hostRules = rules;
        return launched.endpoint();
    }

    /** Closes the Chromium and its profile; never throws. */
    @Override
    public synchronized void close() {
        closed = true;
        ChromiumProcess running = chromium;
        chromium = null;
        if (running != null) {
            running.close();
        }
    }
}
