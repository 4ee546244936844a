package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import nl.cookiekeur.account.AccountException;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.consent.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles per site on the real ledger server: an admin grants a viewer the editor role on one site at
 * {@code /app/gebruikers}; that user then scans and publishes on that site only, gets no form and a 403 on the
 * other, and loses the role again when the admin revokes it.
 */
@Tag("chromium")
class SiteRolesBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static WebBrowser browser;
    private static WebApp web;
    private static String databaseUrl;

    @BeforeAll
    static void start() {
        databaseUrl = "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath();
        web = WebTestServer.webApp(folder, null);
        server = WebTestServer.onLedger(web, databaseUrl);
        web.accounts().add(databaseUrl, "beheer@bureau.nl", Role.ADMIN, PASSWORD.toCharArray());
        web.accounts().add(databaseUrl, "klant@bakkerij.nl", Role.VIEWER, PASSWORD.toCharArray());
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void aViewerOfOneSiteCannotPublishOrScanItWhileEditingAnother() {
        String siteA;
        String siteB;
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "beheer@bureau.nl");
            siteA = addSite(page, "https://www.kapper-a.nl/");
            siteB = addSite(page, "https://www.bakkerij-b.nl/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers"))
                    .click();
            assertThat(page.locator("#no-memberships").count()).isOne();
            page.getByLabel("Gebruiker", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("klant@bakkerij.nl"));
            page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("www.bakkerij-b.nl"));
            page.getByLabel("Rol", new Page.GetByLabelOptions().setExact(true)).selectOption("editor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rol geven"))
                    .click();
            assertThat(page.locator("#roles-notice").textContent()).isEqualTo("De rollen zijn bijgewerkt.");
            assertThat(page.locator("table.memberships tbody tr td").allTextContents())
                    .startsWith("https://www.bakkerij-b.nl/", "klant@bakkerij.nl", "Redacteur");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "roles");
        }

        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "klant@bakkerij.nl");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers"))
                            .count())
                    .isZero();

            page.navigate(url(siteA));
            assertThat(page.locator("form[action$='/scan']").count()).isZero();
            assertThat(page.locator("#site-role").textContent()).isEqualTo("Uw rol voor deze site: Kijker");
            String csrf = page.locator("input[name=csrf]").first().getAttribute("value");
            assertThat(post(visitor, siteA + "/scan", csrf, "")).isEqualTo(403);
            page.navigate(url(siteA + "/toestemming"));
            assertThat(page.locator("form.consent-config").count()).isZero();
            browser.assertAccessible(page);
            String before = page.locator("#consent-version").textContent();
            assertThat(post(visitor, siteA + "/toestemming", csrf, "{}")).isEqualTo(403);
            page.reload();
            assertThat(page.locator("#consent-version").textContent()).isEqualTo(before);
            assertThat(visitor.request().get(url("/app/gebruikers")).status()).isEqualTo(403);

            page.navigate(url(siteB));
            assertThat(page.locator("form[action$='/scan']").count()).isOne();
            assertThat(page.locator("#site-role").textContent()).isEqualTo("Uw rol voor deze site: Redacteur");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "roles-editor-site");
            page.navigate(url(siteB + "/toestemming"));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Publiceren").setExact(true))
                    .first()
                    .click();
            assertThat(page.locator("#consent-notice").textContent()).contains("sha256-");

            // the ledger's admin API follows the same roles per site for the user's API token
            page.navigate(url("/app/tokens"));
            page.getByLabel("Naam").fill("koppeling kassa");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                    .click();
            String token = page.locator("#new-token").textContent();
            assertThat(adminApi(visitor, "/v1/sites/www-bakkerij-b-nl/verify", token))
                    .isEqualTo(200);
            // refused as if no token were given: this server has no admin token, so 403 admin-disabled
            assertThat(adminApi(visitor, "/v1/sites/www-kapper-a-nl/verify", token))
                    .isEqualTo(403);
        }

        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "beheer@bureau.nl");
            page.navigate(url("/app/gebruikers"));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Rol van klant@bakkerij.nl voor https://www.bakkerij-b.nl/ intrekken"))
                    .click();
            assertThat(page.locator("#no-memberships").count()).isOne();
        }
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "klant@bakkerij.nl");
            page.navigate(url(siteB));
            assertThat(page.locator("form[action$='/scan']").count()).isZero();

            // the port of `cookiekeur user grant`
            long idA = Long.parseLong(siteA.substring(siteA.lastIndexOf('/') + 1));
            web.accounts().grant(databaseUrl, "Klant@Bakkerij.nl", idA, Role.EDITOR);
            page.navigate(url(siteA));
            assertThat(page.locator("form[action$='/scan']").count()).isOne();
            assertThatThrownBy(() -> web.accounts().grant(databaseUrl, "klant@bakkerij.nl", 999, Role.VIEWER))
                    .isInstanceOfSatisfying(
                            AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.UNKNOWN_SITE));
            assertThatThrownBy(() -> web.accounts().grant(databaseUrl, "niemand@bakkerij.nl", idA, Role.VIEWER))
                    .isInstanceOfSatisfying(
                            AccountException.class,
                            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.UNKNOWN_USER));
        }
        assertThat(browser.cspViolations()).isEmpty();
    }

    private static int adminApi(BrowserContext visitor, String path, String token) {
        return visitor.request()
                .get(url(path), RequestOptions.create().setHeader("Authorization", "Bearer " + token))
                .status();
    }

    private static int post(BrowserContext visitor, String path, String csrf, String config) {
        APIResponse response = visitor.request()
                .post(
                        url(path),
                        RequestOptions.create()
                                .setHeader("Origin", url("/").replaceAll("/$", ""))
                                .setForm(FormData.create().set("csrf", csrf).set("config", config)));
        return response.status();
    }

    /** Adds a site on the portfolio page and returns the path of its page. */
    private static String addSite(Page page, String address) {
        page.navigate(url("/app/sites"));
        page.getByLabel("Adres").fill(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                .click();
        String host = address.replace("https://", "").replace("/", "");
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(host))
                .first()
                .getAttribute("href");
    }

    private static String url(String path) {
        return server.address().resolve(path).toString();
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
