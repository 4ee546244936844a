package nl.cookiekeur.ledger.banner;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven by Playwright, with the test host names mapped to loopback and the
 * automation flags masked (see the project's browser notes). Set CHROMIUM_PATH to use another binary.
 */
final class BannerBrowser implements AutoCloseable {
    private final Playwright playwright;
    private final Browser browser;

    BannerBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--host-resolver-rules=MAP *.test 127.0.0.1",
                                "--no-proxy-server",
                                "--disable-blink-features=AutomationControlled")));
    }

    Browser browser() {
        return browser;
    }

    private static Path chromium() {
        String configured = System.getenv().getOrDefault("CHROMIUM_PATH", "");
        return Stream.of(configured, "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Chromium not found; install it or set CHROMIUM_PATH"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
