package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the reports built from hostile site strings in real Chromium and proves nothing runs: no dialog, no
 * global set by a payload, no request leaves the page, and hovering and focusing every element triggers
 * nothing. Chromium is the system one (see /work/shared/docs/browser-notes.md); set {@code CHROMIUM} to
 * point elsewhere.
 */
class BrowserRenderingTest {
    private static Playwright playwright;
    private static Browser browser;

    @TempDir
    Path out;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of("--disable-blink-features=AutomationControlled")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void hostileReportsRenderInertInChromium() throws Exception {
        for (Assessment assessment : List.of(Hostile.assessment(), Hostile.withValidUrls())) {
            for (Language language : Language.values()) {
                new FolderReportWriter().write(assessment, GoldenFilesTest.EVIDENCE, out, language);
                for (String file : List.of("report.html", "cookieverklaring.html")) {
                    assertInert(out.resolve(file));
                }
            }
        }
    }

    @Test
    void theReportShowsTheVerdictChartsAndScreenshotsWithoutLoadingAnything() throws Exception {
        new FolderReportWriter().write(Sample.realistic(), GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
        try (Page page = browser.newPage()) {
            List<String> requests = new ArrayList<>();
            page.onRequest(r -> requests.add(r.url()));
            page.navigate(out.resolve("report.html").toUri().toString());

            assertThat(page.locator(".verdict-headline").innerText())
                    .isEqualTo("Niet in orde: 2 kritieke en 1 hoge bevindingen");
            assertThat(page.locator("figure.chart svg rect").count()).isGreaterThan(20);
            Object loaded = page.evaluate(
                    "() => [...document.querySelectorAll('figure.screenshot img')].every(i => i.complete && i.naturalWidth === 8)");
            assertThat(loaded).isEqualTo(true);
            assertThat(page.locator("figure.screenshot img").count()).isGreaterThanOrEqualTo(2);
            assertThat(requests).allSatisfy(u -> assertThat(u).matches("(file|data):.*"));
            byte[] pdf = page.pdf();
            assertThat(pdf.length).isGreaterThan(10_000);
        }
    }

    private static void assertInert(Path file) {
        try (Page page = browser.newPage()) {
            List<String> dialogs = new ArrayList<>();
            List<String> console = new ArrayList<>();
            List<String> requests = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.onConsoleMessage(m -> console.add(m.text()));
            page.onRequest(r -> requests.add(r.url()));
            page.navigate(file.toUri().toString());
            page.evaluate("() => document.querySelectorAll('body *').forEach(e => {"
                    + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                    + " if (e.focus) e.focus(); })");
            page.waitForTimeout(200);

            assertThat(dialogs).as("dialogs in %s", file).isEmpty();
            assertThat(page.evaluate("() => typeof window.xssRan"))
                    .as(file.toString())
                    .isEqualTo("undefined");
            assertThat(console).as("console in %s", file).noneMatch(m -> m.contains("xss"));
            assertThat(requests)
                    .as("requests from %s", file)
                    .allSatisfy(u -> assertThat(u).matches("(file|data):.*"));
            assertThat(page.locator("script").count()).isZero();
        }
    }

    private static Path chromium() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path real = Path.of("/usr/lib/chromium/chromium");
        return Files.isExecutable(real) ? real : Path.of("/usr/bin/chromium");
    }
}
