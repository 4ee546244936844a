package nl.cookiekeur.scanner.page;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium as the scanner launches it (brief flags, automation masked, third-party storage allowed
 * through a fresh persistent profile), with the page instruments injected into every frame.
 */
final class TestBrowser implements AutoCloseable {

    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/140.0.0.0 Safari/537.36";

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    private TestBrowser(Playwright playwright, BrowserContext context, Path profile) {
        this.playwright = playwright;
        this.context = context;
        this.profile = profile;
    }

    static TestBrowser launch(String hostRules) throws IOException {
        return launch(hostRules, true);
    }

    static TestBrowser launch(String hostRules, boolean instrumented) throws IOException {
        Path profile = Files.createTempDirectory("ck-instruments-profile");
        Files.createDirectories(profile.resolve("Default"));
        Files.writeString(profile.resolve("Default/Preferences"), "{\"profile\":{\"cookie_controls_mode\":0}}", UTF_8);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            BrowserContext context = playwright
                    .chromium()
                    .launchPersistentContext(
                            profile,
                            new BrowserType.LaunchPersistentContextOptions()
                                    .setExecutablePath(Path.of("/usr/bin/chromium"))
                                    .setHeadless(true)
                                    .setUserAgent(USER_AGENT)
                                    .setLocale("nl-NL")
                                    .setTimezoneId("Europe/Amsterdam")
                                    .setIgnoreHTTPSErrors(true)
                                    .setArgs(List.of(
                                            "--no-sandbox",
                                            "--disable-gpu",
                                            "--disable-background-networking",
                                            "--disable-component-update",
                                            "--disable-sync",
                                            "--no-first-run",
                                            "--disable-blink-features=AutomationControlled",
                                            "--host-resolver-rules=" + hostRules)));
            if (instrumented) {
                context.addInitScript(PageInstruments.initScript());
            }
            return new TestBrowser(playwright, context, profile);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new page that has loaded the URL and let its scripts settle. */
    Page open(String url) {
        Page page = context.newPage();
        page.navigate(url);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return page;
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            playwright.close();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
