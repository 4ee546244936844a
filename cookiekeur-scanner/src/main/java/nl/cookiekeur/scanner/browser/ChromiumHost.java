package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Chromium shared by the browser slots of a scan ({@link SlotSharing#ONE_BROWSER}). Playwright for Java is
 * not thread-safe (one driver per thread), so each slot keeps its own driver and attaches to this Chromium over
 * its DevTools port on the loopback interface; the host's own driver only launches it (with the profile that
 * allows third-party cookies, so the slots' contexts inherit the preference) and closes it. Launched on first
 * use, launched again when it went away. Every method takes the host's lock, so the host's driver is used by one
 * thread at a time.
 */
public final class ChromiumHost implements ChromiumEndpoint, AutoCloseable {
    private static final String PORT_FILE = "DevToolsActivePort";
    private static final long PORT_WAIT_MILLIS = 10_000;

    private @Nullable Playwright playwright;
    private @Nullable SharedChromium chromium;
    private @Nullable Browser announced;
    private @Nullable String endpoint;

    /** A host that launches nothing until a slot asks for its endpoint. */
    public ChromiumHost() {}

    @Override
    public synchronized String endpoint(@Nullable String rules) throws BrowserStartException {
        try {
            Playwright driver = playwright;
            if (driver == null) {
                driver = ChromiumEngine.driver();
                playwright = driver;
                Playwright launching = driver;
                chromium = new SharedChromium(
                        (profile, hostRules) -> ChromiumEngine.launchPersistent(launching, profile, hostRules, true));
            }
            SharedChromium running = chromium;
            if (running == null) {
                throw new BrowserStartException("the Chromium host is closed");
            }
            Browser browser = running.browser(rules);
            String known = endpoint;
            if (browser != announced || known == null) {
                ProfileDirectory profile = running.profile();
                if (profile == null) {
                    throw new BrowserStartException("Chromium started without a profile folder");
                }
                known = readEndpoint(profile.path());
                endpoint = known;
                announced = browser;
            }
            return known;
        } catch (PlaywrightException e) {
            throw new BrowserStartException("Chromium could not start: " + e.getMessage(), e);
        }
    }

    /** The {@code ws://} endpoint Chromium wrote into its profile folder (port, then path), waited for briefly. */
    private static String readEndpoint(Path profile) throws BrowserStartException {
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

    /** Closes the Chromium, its profile and the host's driver; never throws. */
    @Override
    public synchronized void close() {
        SharedChromium running = chromium;
        Playwright driver = playwright;
        chromium = null;
        playwright = null;
        if (running != null) {
            running.close();
        }
        if (driver != null) {
            try {
                driver.close();
            } catch (PlaywrightException e) {
                // the driver is gone already
            }
        }
    }
}
