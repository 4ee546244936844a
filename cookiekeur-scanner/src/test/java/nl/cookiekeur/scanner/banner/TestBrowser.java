package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A real headless Chromium for the banner tests, launched the way the scanner launches it. */
final class TestBrowser implements AutoCloseable {

    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/140.0.0.0 Safari/537.36";

    private final Playwright playwright;
    private final Browser browser;

    private TestBrowser(List<String> extraArgs) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var args = new java.util.ArrayList<>(List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-blink-features=AutomationControlled"));
        args.addAll(extraArgs);
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(args));
    }

    static TestBrowser launch() {
        return new TestBrowser(List.of());
    }

    static TestBrowser launch(String hostRules) {
        return new TestBrowser(List.of("--host-resolver-rules=" + hostRules));
    }

    /** A fresh context with a normal user agent, Dutch locale and a desktop viewport. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setUserAgent(USER_AGENT)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(1280, 800)
                .setIgnoreHTTPSErrors(true));
        return context.newPage();
    }

    static void closeContext(Page page) {
        page.context().close();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
