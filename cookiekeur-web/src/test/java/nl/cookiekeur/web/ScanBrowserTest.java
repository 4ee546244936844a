package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan from the web app in a real Chromium, of a fixture site (private targets allowed, as on a staging
 * server): add the site, scan it with live progress, open the report and the downloads, scan again and see what
 * changed; a viewer cannot start a scan.
 */
@FixtureSites
class ScanBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path folder;

    private static WebTestServer server;
    private static WebBrowser browser;

    @BeforeAll
    static void start(FixtureServer sites) {
        server = new WebTestServer(folder, true, sites.hostRules());
        server.addUser("bureau@voorbeeld.nl", Role.EDITOR, PASSWORD);
        server.addUser("klant@voorbeeld.nl", Role.VIEWER, PASSWORD);
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void anEditorScansAFixtureSiteWithLiveProgressOpensTheReportAndSeesTheDifference(FixtureServer sites) {
        String address = sites.url(FixtureSite.BAKKERIJ_JANSEN).toString();
        String host = sites.url(FixtureSite.BAKKERIJ_JANSEN).getHost();
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requested.add(request.url()));
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "bureau@voorbeeld.nl");
            page.getByLabel("Adres").fill(address);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(host).setExact(true))
                    .click();
            browser.assertAccessible(page);

            scanAndWait(page);
            assertThat(requested).anyMatch(url -> url.endsWith("/voortgang"));
            assertThat(page.locator("[data-field=status]").textContent()).isEqualTo("Klaar");
            assertThat(page.locator(".summary .severity").count()).isEqualTo(1);
            assertThat(page.locator("table.history tbody tr"))
                    .satisfies(rows -> assertThat(rows.count()).isEqualTo(1));
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "site-after-scan");

            Page report = visitor.newPage();
            Response html =
                    report.navigate(server.url(page.getByText("Rapport (HTML)").getAttribute("href")));
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.headers().get("content-security-policy")).contains("sandbox");
            assertThat(report.content()).contains(host).contains("<html lang=\"nl\"");
            // the same report in English for a reader of the app in English
            String htmlHref = page.getByText("Rapport (HTML)").getAttribute("href");
            Response english = report.navigate(server.url(htmlHref + (htmlHref.contains("?") ? "&" : "?") + "lang=en"));
            assertThat(english.status()).isEqualTo(200);
            assertThat(report.content()).contains(host).contains("<html lang=\"en\"");
            APIResponse csv = visitor.request()
                    .get(server.url(page.getByText("Cookielijst (CSV)").getAttribute("href")));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().get("content-disposition")).contains("cookies.csv");
            APIResponse json = visitor.request()
                    .get(server.url(page.getByText("Rapport (JSON)").getAttribute("href")));
            assertThat(json.text()).startsWith("{");

            scanAndWait(page);
            assertThat(page.locator("table.history tbody tr").count()).isEqualTo(2);
            assertThat(page.locator(".changes h2").textContent()).isEqualTo("Sinds de vorige scan");
            assertThat(page.locator(".changes").textContent()).contains("Opgelost (", "Nieuw (", "Nog open (");
            browser.assertAccessible(page);

            page.navigate(server.url("/app/sites"));
            assertThat(page.locator("table.sites").textContent()).contains(host);
            assertThat(page.locator("table.sites .severity").count()).isEqualTo(1);
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "portfolio");
            String worst = page.locator("table.sites .severity").getAttribute("class");
            page.getByLabel("Ernst").selectOption("kritiek");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toepassen"))
                    .click();
            assertThat(page.url()).contains("ernst=kritiek");
            if (worst.contains("sev-kritiek")) {
                assertThat(page.locator("table.sites tbody tr").count()).isEqualTo(1);
            } else {
                assertThat(page.locator("#no-match").textContent()).isEqualTo("Geen sites die aan deze keuze voldoen.");
            }
            assertThat(browser.cspViolations()).isEmpty();
        }
        try (BrowserContext viewer = browser.visitor(true, "nl-NL")) {
            Page page = viewer.newPage();
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "klant@voorbeeld.nl");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(host).setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu scannen"))
                            .count())
                    .isZero();
            String token = page.locator("input[name=csrf]").first().getAttribute("value");
            APIResponse refused = viewer.request()
                    .post(
                            page.url() + "/scan",
                            RequestOptions.create()
                                    .setHeader("Origin", server.url("/").replaceAll("/$", ""))
                                    .setForm(FormData.create().set("csrf", token)));
            assertThat(refused.status()).isEqualTo(403);
        }
    }

    /** Starts a scan and waits until the page, updated by the server's events, reloads with the result. */
    private static void scanAndWait(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu scannen"))
                .click();
        assertThat(page.locator("[data-field=status]").textContent()).isIn("Bezig", "Klaar");
        page.locator("[data-field=status]")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Klaar"))
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
    }

    private static void signIn(Page page, String email) {
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                .click();
    }
}
