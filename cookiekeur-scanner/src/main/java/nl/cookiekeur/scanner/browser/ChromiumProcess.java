package nl.cookiekeur.scanner.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A headless Chromium launched without a Playwright driver, for slots that attach their own drivers over its
 * DevTools port on the loopback interface ({@link ChromiumHost}): one Node driver less per kept Chromium (about
 * 75 MB). It runs under a small {@code /bin/sh} watchdog that ends it when the watchdog's standard input closes,
 * that is when this object closes it or when the JVM dies, even by {@code SIGKILL}; so a killed worker leaves no
 * Chromium behind, as a driver-launched one would not either. Switches: Playwright's own for a headless launch
 * ({@link PlaywrightSwitches}) with the features the caller adds, then the caller's switches.
 */
final class ChromiumProcess implements AutoCloseable {
    private static final String WATCHDOG_NAME = "cookiekeur-chromium-watchdog";
    /**
     * Starts Chromium in the background and prints its process id; when standard input ends, asks it to stop,
     * forces it after 5 s, and exits once it has gone. The executable and its switches (one per line) come from
     * the environment, so the watchdog's own command line stays short.
     */
    private static final String WATCHDOG = """
            set -f
            IFS='
            '
            set -- $COOKIEKEUR_CHROMIUM_ARGS
            "$COOKIEKEUR_CHROMIUM" "$@" </dev/null >/dev/null 2>&1 &
            c=$!
            echo "$c"
            cat >/dev/null
            kill -TERM "$c" 2>/dev/null
            ( sleep 5; kill -KILL "$c" 2>/dev/null ) &
            k=$!
            wait "$c"
            kill "$k" 2>/dev/null
            """;

    private static final String PORT_FILE = "DevToolsActivePort";
    private static final long PORT_WAIT_MILLIS = 10_000;
    private static final long STOP_WAIT_SECONDS = 10;

    private final Process watchdog;
    private final ProcessHandle chromium;
    private final ProfileDirectory profile;
    private final String endpoint;

    private ChromiumProcess(Process watchdog, ProcessHandle chromium, ProfileDirectory profile, String endpoint) {
        this.watchdog = watchdog;
        this.chromium = chromium;
        this.profile = profile;
        this.endpoint = endpoint;
    }

    /** Launches {@code executable} as {@link #launch(Path, List, List, List)} does, with Playwright's features. */
    static ChromiumProcess launch(Path executable, List<String> switches) throws BrowserStartException {
        return launch(executable, switches, List.of(), List.of());
    }

    /**
     * Launches {@code executable} headless on a fresh profile that allows third-party cookies, with
     * {@code switches} after Playwright's (its feature lists extended by {@code disabledFeatures} and
     * {@code enabledFeatures}), a DevTools port on 127.0.0.1 and no window; returns once the port is open.
     *
     * @throws BrowserStartException when it cannot be started or opens no port within 10 s
     */
    static ChromiumProcess launch(
            Path executable, List<String> switches, List<String> disabledFeatures, List<String> enabledFeatures)
            throws BrowserStartException {
        List<String> all = new ArrayList<>(PlaywrightSwitches.with(disabledFeatures, enabledFeatures));
        all.addAll(switches);
        ProfileDirectory profile = ProfileDirectory.create();
        all.add("--user-data-dir=" + profile.path());
        all.add("--remote-debugging-address=127.0.0.1");
        all.add("--remote-debugging-port=0");
        all.add("--no-startup-window");
        if (all.stream().anyMatch(s -> s.indexOf('\n') >= 0 || s.indexOf('\0') >= 0)) {
            profile.close();
            throw new BrowserStartException("a Chromium switch contains a line break");
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", WATCHDOG, WATCHDOG_NAME)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("COOKIEKEUR_CHROMIUM", executable.toString());
        builder.environment().put("COOKIEKEUR_CHROMIUM_ARGS", String.join("\n", all));
        Process watchdog;
        try {
            watchdog = builder.start();
        } catch (IOException e) {
            profile.close();
            throw new BrowserStartException("Chromium could not start: " + e.getMessage(), e);
        }
        ProcessHandle chromium = null;
        try {
            chromium = chromiumOf(watchdog);
            String endpoint = readEndpoint(profile.path(), chromium);
            return new ChromiumProcess(watchdog, chromium, profile, endpoint);
        } catch (BrowserStartException | RuntimeException e) {
            stop(watchdog, chromium);
            profile.close();
            throw e;
        }
    }

    /** The Chromium's process, as the watchdog printed its id. */
    private static ProcessHandle chromiumOf(Process watchdog) throws BrowserStartException {
        BufferedReader output =
                new BufferedReader(new InputStreamReader(watchdog.getInputStream(), StandardCharsets.US_ASCII));
        try {
            String line = output.readLine();
            if (line == null || !line.strip().matches("\\d{1,10}")) {
                throw new BrowserStartException("Chromium could not start: its watchdog gave no process id");
            }
            return ProcessHandle.of(Long.parseLong(line.strip()))
                    .orElseThrow(() -> new BrowserStartException("Chromium ended right after its start"));
        } catch (IOException e) {
            throw new BrowserStartException("Chromium could not start: " + e.getMessage(), e);
        }
    }

    /** The {@code ws://} endpoint Chromium wrote into its profile folder (port, then path), waited for briefly. */
    private static String readEndpoint(Path profile, ProcessHandle chromium) throws BrowserStartException {
        Path file = profile.resolve(PORT_FILE);
        long end = System.nanoTime() + PORT_WAIT_MILLIS * 1_000_000;
        while (true) {
            try {
                if (Files.size(file) > 0) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    if (lines.size() >= 2 && lines.get(0).strip().matches("\\d{1,5}")) {
                        return "ws://127.0.0.1:" + lines.get(0).strip()
                                + lines.get(1).strip();
                    }
                }
            } catch (IOException e) {
                // not written yet
            }
            if (!chromium.isAlive()) {
                throw new BrowserStartException("Chromium ended before it opened its DevTools port");
            }
            if (System.nanoTime() > end) {
                throw new BrowserStartException("Chromium did not open its DevTools port in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BrowserStartException("interrupted while Chromium started", e);
            }
        }
    }

    /** The {@code ws://} DevTools endpoint on the loopback interface. */
    String endpoint() {
        return endpoint;
    }

    /** The profile folder Chromium runs on. */
    ProfileDirectory profile() {
        return profile;
    }

    /** The Chromium browser process's id. */
    long pid() {
        return chromium.pid();
    }

    /** Whether the Chromium still runs (a crash or an outside kill ends it). */
    boolean alive() {
        return chromium.isAlive();
    }

    /** Ends the Chromium (politely, forced after 5 s) and deletes its profile; never throws. */
    @Override
    public void close() {
        stop(watchdog, chromium);
        profile.close();
    }

    private static void stop(Process watchdog, @Nullable ProcessHandle chromium) {
        try {
            watchdog.getOutputStream().close(); // the watchdog's cue
        } catch (IOException e) {
            // it has gone already
        }
        try {
            if (!watchdog.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                if (chromium != null) {
                    chromium.destroyForcibly();
                }
                watchdog.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (chromium != null) {
                chromium.destroyForcibly();
            }
            watchdog.destroyForcibly();
        }
    }
}
