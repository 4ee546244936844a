package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.store.history.JdbcScanHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio of an agency over a real history: a trend line per site, the consent platform read from a
 * scan's evidence, filters by banner and by third party, a trend chart on the site page, and a fixed number of
 * history queries whatever the number of sites.
 */
@Tag("chromium")
class PortfolioBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** Real evidence of a scan whose banner is vanilla-cookieconsent (the scanner's golden files, read only). */
    private static final Path EVIDENCE =
            Path.of("..", "cookiekeur-scanner", "src", "test", "resources", "golden-evidence");

    @TempDir
    static Path folder;

    private static final CountingHistory HISTORY = new CountingHistory();
    private static WebTestServer server;
    private static WebBrowser browser;

    @BeforeAll
    static void start() {
        server = new WebTestServer(folder, false, null, HISTORY);
        server.addUser("bureau@voorbeeld.nl", Role.EDITOR, PASSWORD);
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void anAgencyFiltersByBannerAndThirdPartyAndSeesTheTrendWithAFixedNumberOfQueries() {
        assertThat(Files.isDirectory(EVIDENCE))
                .as(EVIDENCE.toAbsolutePath().toString())
                .isTrue();
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            page.getByLabel("E-mailadres").fill("bureau@voorbeeld.nl");
            page.getByLabel("Wachtwoord").fill(PASSWORD);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                    .click();
            for (String host : List.of("www.bakker.nl", "www.kapper.nl", "www.slager.nl")) {
                page.navigate(server.url("/app/sites"));
                page.getByLabel("Adres").fill("https://" + host + "/");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                        .click();
            }
            try (JdbcScanHistory history = JdbcScanHistory.open(server.databaseUrl())) {
                Path none = folder.resolve("geen-bewijs");
                history.save(scan("www.bakker.nl", "01", 5, "hoog", none, meta()));
                history.save(scan("www.bakker.nl", "02", 3, "middel", none, meta()));
                history.save(scan("www.bakker.nl", "03", 1, "laag", EVIDENCE.toAbsolutePath(), meta()));
                history.save(scan("www.kapper.nl", "02", 1, "laag", none, List.of()));
                history.save(scan(
                        "www.kapper.nl",
                        "03",
                        4,
                        "kritiek",
                        none,
                        List.of(new HistoryItem(
                                "tracker", "www.google-analytics.com", "statistics · Google Analytics"))));
            }

            HISTORY.reset();
            page.navigate(server.url("/app/sites"));
            assertThat(HISTORY.calls()).isEqualTo(Map.of("recentPerSite", 1, "items", 1));
            assertThat(page.locator("table.sites tbody tr").count()).isEqualTo(3);
            assertThat(page.locator("svg.sparkline").count()).isEqualTo(2);
            assertThat(page.locator("svg.sparkline.trend-down title").textContent())
                    .isEqualTo("Bevindingen in de laatste 3 scans: van 5 naar 1");
            assertThat(page.locator("svg.sparkline.trend-up title").textContent())
                    .isEqualTo("Bevindingen in de laatste 2 scans: van 1 naar 4");
            assertThat(page.locator("table.sites tbody").textContent()).contains("vanilla-cookieconsent");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "portfolio");

            page.getByLabel("Cookiebanner").selectOption("vanilla-cookieconsent");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toepassen"))
                    .click();
            assertThat(hosts(page)).containsExactly("www.bakker.nl");
            page.getByLabel("Cookiebanner").selectOption("-");
            page.getByLabel("Derde partij").selectOption("Google Analytics");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toepassen"))
                    .click();
            assertThat(hosts(page)).containsExactly("www.kapper.nl");
            page.navigate(server.url("/app/sites?partij=Meta&ernst=hoog"));
            assertThat(page.locator("#no-match").count()).isEqualTo(1);
            page.navigate(server.url("/app/sites?partij=Meta"));
            assertThat(hosts(page)).containsExactly("www.bakker.nl");
            browser.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("www.bakker.nl"))
                    .click();
            assertThat(page.locator("svg.trend-chart rect").count()).isEqualTo(3);
            assertThat(page.locator("svg.trend-chart rect title").first().textContent())
                    .isEqualTo("2026-11-01: 5 bevindingen, ernstigste: Hoog");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "site-trend");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static List<String> hosts(Page page) {
        return page.locator("table.sites tbody tr td:first-child a").allTextContents();
    }

    private static List<HistoryItem> meta() {
        return List.of(new HistoryItem("tracker", "connect.facebook.net", "marketing · Meta"));
    }

    private static ScanSnapshot scan(
            String host, String day, int findings, String worst, Path evidence, List<HistoryItem> items) {
        return new ScanSnapshot(
                new StoredScan(
                        0,
                        host,
                        "https://" + host + "/",
                        Instant.parse("2026-11-" + day + "T09:30:00Z"),
                        worst,
                        findings,
                        0,
                        items.size(),
                        evidence.toString(),
                        folder.resolve("rapport-" + host + day).toString(),
                        "test"),
                items);
    }
}
