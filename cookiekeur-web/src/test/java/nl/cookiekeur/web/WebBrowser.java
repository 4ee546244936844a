package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium through Playwright for the web app's tests, with axe-core (from the npm registry, built
 * into the test class path) to check every page visited, and a record of Content Security Policy violations.
 */
final class WebBrowser implements AutoCloseable {
    private static final String AXE = axeSource();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> cspViolations = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    WebBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of("--no-proxy-server", "--no-sandbox", "--disable-gpu")));
    }

    /** A fresh visitor (no cookies), with or without JavaScript, preferring this language. */
    BrowserContext visitor(boolean javaScript, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setLocale(locale)
                .setViewportSize(1100, 900));
        context.setDefaultTimeout(15_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        return context;
    }

    /**
     * Runs axe-core on the page (WCAG 2.2 A/AA rules) and fails on any serious or critical violation, naming the
     * rule and the elements.
     */
    void assertAccessible(Page page) {
        page.evaluate(AXE);
        String result = (String) page.evaluate("async () => JSON.stringify((await axe.run(document, {runOnly: "
                + "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations)");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(result)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(violation.path("id").asText() + " (" + impact + ") at " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(serious).as("axe-core on " + page.url()).isEmpty();
        checked.add(page.url());
    }

    /** The CSP violations any page reported so far. */
    List<String> cspViolations() {
        return cspViolations;
    }

    /** The pages checked with axe-core so far. */
    List<String> checked() {
        return checked;
    }

    /** Saves a screenshot of the page for a person to look at (target/web-screenshots). */
    static void screenshot(Page page, String name) {
        Path folder = Path.of("target", "web-screenshots");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(folder.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static String axeSource() {
        try (InputStream in = WebBrowser.class.getResourceAsStream("/nl/cookiekeur/web/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path (npm ci in cookiekeur-web)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path chromium() {
        String configured = System.getenv().getOrDefault("CHROMIUM_PATH", "");
        return Stream.of(configured, "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser")
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
