package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Path;
import nl.cookiekeur.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in and the signed-in pages in a real Chromium: the session cookie's flags, adding a site, a viewer
 * who cannot change anything, forged and cross-site posts refused, login throttling, signing out.
 */
@Tag("chromium")
class AccountBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path folder;

    private static WebTestServer server;
    private static WebBrowser browser;

    @BeforeAll
    static void start() {
        server = new WebTestServer(folder);
        server.addUser("beheer@voorbeeld.nl", Role.ADMIN, PASSWORD);
        server.addUser("kijker@voorbeeld.nl", Role.VIEWER, PASSWORD);
        server.addUser("doelwit@voorbeeld.nl", Role.EDITOR, PASSWORD);
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void anAdminSignsInAddsASiteAndSignsOut() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/sites"));
            assertThat(page.url()).endsWith("/app/inloggen");
            browser.assertAccessible(page);
            assertThat(visitor.cookies()).isEmpty();

            signIn(page, "Beheer@Voorbeeld.nl", PASSWORD);
            assertThat(page.url()).endsWith("/app/sites");
            assertThat(page.locator(".who").textContent()).isEqualTo("beheer@voorbeeld.nl");
            Cookie session = visitor.cookies().get(0);
            assertThat(visitor.cookies()).hasSize(1);
            assertThat(session.name).isEqualTo("cookiekeur_sessie");
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(session.path).isEqualTo("/app");
            browser.assertAccessible(page);

            page.getByLabel("Adres").fill("https://www.bakkerij-de-vries.nl/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            assertThat(page.locator("[role=status]").textContent()).isEqualTo("De site is toegevoegd.");
            assertThat(page.locator("table.sites").textContent()).contains("www.bakkerij-de-vries.nl");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "sites");

            page.getByLabel("Adres").fill("geen adres");
            page.locator("form.add-site").evaluate("form => form.noValidate = true");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            assertThat(page.locator("[role=alert]").textContent()).contains("volledig webadres");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                    .click();
            assertThat(page.url()).endsWith("/app");
            assertThat(visitor.cookies()).isEmpty();
            page.navigate(server.url("/app/sites"));
            assertThat(page.url()).endsWith("/app/inloggen");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    @Test
    void aViewerSeesTheSitesButCannotAddOne() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "kijker@voorbeeld.nl", PASSWORD);
            assertThat(page.locator("form.add-site").count()).isZero();
            assertThat(page.locator("main").textContent()).contains("Als kijker");
            browser.assertAccessible(page);

            String token = csrfToken(page);
            APIResponse refused = visitor.request()
                    .post(
                            server.url("/app/sites"),
                            RequestOptions.create()
                                    .setHeader("Origin", server.url("/").replaceAll("/$", ""))
                                    .setForm(FormData.create()
                                            .set("csrf", token)
                                            .set("address", "https://www.kijker.nl/")));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains("uw rol is kijker");
            page.reload();
            assertThat(page.locator("main").textContent()).doesNotContain("www.kijker.nl");
        }
    }

    @Test
    void forgedPostsWithoutTheTokenOrFromAnotherSiteAreRefused() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "doelwit@voorbeeld.nl", PASSWORD);
            String token = csrfToken(page);
            String origin = server.url("/").replaceAll("/$", "");

            APIResponse noToken = visitor.request()
                    .post(
                            server.url("/app/sites"),
                            RequestOptions.create()
                                    .setHeader("Origin", origin)
                                    .setForm(FormData.create().set("address", "https://www.zonder-token.nl/")));
            assertThat(noToken.status()).isEqualTo(403);
            APIResponse wrongToken = visitor.request()
                    .post(
                            server.url("/app/sites"),
                            RequestOptions.create()
                                    .setHeader("Origin", origin)
                                    .setForm(FormData.create()
                                            .set("csrf", token.substring(1) + "x")
                                            .set("address", "https://www.fout-token.nl/")));
            assertThat(wrongToken.status()).isEqualTo(403);
            APIResponse otherOrigin = visitor.request()
                    .post(
                            server.url("/app/sites"),
                            RequestOptions.create()
                                    .setHeader("Origin", "https://aanvaller.example")
                                    .setForm(FormData.create()
                                            .set("csrf", token)
                                            .set("address", "https://www.andere-oorsprong.nl/")));
            assertThat(otherOrigin.status()).isEqualTo(403);

            // A real cross-site form in the same browser: an attacker's page posts to the app.
            Page attacker = visitor.newPage();
            attacker.setContent("<form method=post action='" + server.url("/app/sites") + "'>"
                    + "<input name=csrf value=guessed><input name=address value='https://www.aanval.nl/'>"
                    + "<button>Win een prijs</button></form>");
            Response forged = attacker.waitForResponse(
                    response -> response.url().endsWith("/app/sites"),
                    () -> attacker.getByText("Win een prijs").click());
            assertThat(forged.status()).isIn(401, 403);

            page.reload();
            assertThat(page.locator("main").textContent())
                    .doesNotContain("zonder-token", "fout-token", "andere-oorsprong", "aanval.nl");
        }
    }

    @Test
    void aWebScanOfTheServersOwnLoopbackIsRefusedWithoutTheAllowFlag() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "beheer@voorbeeld.nl", PASSWORD);
            page.getByLabel("Adres").fill("http://127.0.0.1/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("127.0.0.1").setExact(true))
                    .click();
            Response refused = page.waitForResponse(
                    response -> response.url().endsWith("/scan"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu scannen"))
                            .click());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(page.locator("#scan-error").textContent())
                    .contains("127.0.0.1 wijst naar een intern of privé-adres");
            assertThat(page.locator("#scan-progress").textContent()).doesNotContain("Bezig");
            browser.assertAccessible(page);
        }
    }

    @Test
    void anApiTokenIsShownOnceListedAndRevoked() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            signIn(page, "beheer@voorbeeld.nl", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-tokens"))
                    .click();
            browser.assertAccessible(page);
            page.getByLabel("Naam").fill("koppeling webwinkel");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Token maken"))
                    .click();
            String token = page.locator("#new-token").textContent();
            assertThat(token).startsWith("ck_").hasSize(46);
            assertThat(server.acceptsAdminToken(token, "demo")).isTrue();
            browser.assertAccessible(page);

            page.navigate(server.url("/app/tokens"));
            assertThat(page.content()).doesNotContain(token);
            assertThat(page.locator("table.tokens").textContent()).contains("koppeling webwinkel");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("koppeling webwinkel intrekken"))
                    .click();
            assertThat(page.locator("table.tokens").textContent()).contains("Ingetrokken");
            assertThat(server.acceptsAdminToken(token, "demo")).isFalse();
            assertThat(server.acceptsAdminToken("ck_" + token.substring(3, 45) + "x", "demo"))
                    .isFalse();
        }
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() {
        server.addUser("geraden@voorbeeld.nl", Role.VIEWER, PASSWORD);
        try (BrowserContext visitor = browser.visitor(false, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/inloggen"));
            for (int i = 0; i < 5; i++) {
                signIn(page, "geraden@voorbeeld.nl", "verkeerd wachtwoord " + i);
                assertThat(page.locator("#login-error").textContent()).contains("klopt niet");
            }
            signIn(page, "geraden@voorbeeld.nl", PASSWORD);
            assertThat(page.locator("#login-error").textContent()).contains("Te veel mislukte pogingen");
            assertThat(visitor.cookies()).isEmpty();
        }
    }

    private static void signIn(Page page, String email, String password) {
        page.getByLabel("E-mailadres").fill(email);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Inloggen").setExact(true))
                .click();
    }

    private static String csrfToken(Page page) {
        return page.locator("input[name=csrf]").first().getAttribute("value");
    }
}
