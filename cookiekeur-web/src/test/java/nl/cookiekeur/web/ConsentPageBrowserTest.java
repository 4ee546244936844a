package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.consent.RunningServer;
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
 * The consent page on the real ledger server (as {@code serve} runs it): an editor publishes a changed banner
 * configuration and sees its new version, a choice recorded through the ledger's public endpoint shows up in the
 * counts, the chain verifies, the proof exports, and a viewer cannot publish.
 */
@Tag("chromium")
class ConsentPageBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern VERSION = Pattern.compile("sha256-[0-9a-f]{64}");

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
        web.accounts().add(databaseUrl, "redactie@voorbeeld.nl", Role.EDITOR, PASSWORD.toCharArray());
        web.accounts().add(databaseUrl, "kijker@voorbeeld.nl", Role.VIEWER, PASSWORD.toCharArray());
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void anEditorPublishesSeesChoicesAndVerifiesTheChainAndAViewerCannotPublish() throws Exception {
        String consentPage;
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "redactie@voorbeeld.nl");
            page.getByLabel("Adres").fill("https://www.bakkerij-de-vries.nl/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("www.bakkerij-de-vries.nl"))
                    .first()
                    .click();
            page.locator("#consent-link").click();
            consentPage = page.url();
            assertThat(consentPage).matches(".*/app/sites/\\d+/toestemming");
            assertThat(page.locator("#consent-version").textContent()).contains("Nog niet gepubliceerd");
            assertThat(page.locator("main").textContent()).contains("www-bakkerij-de-vries-nl");
            browser.assertAccessible(page);

            assertThat(page.locator("#draft-source").textContent()).contains("nog niet gescand");
            openJson(page);
            String draft = page.locator("#config").inputValue();
            page.locator("#config").fill(draft.replace("Cookies op deze site", "Cookies bij Bakkerij De Vries"));
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("JSON publiceren")));
            openJson(page);
            String first = version(page.locator("#consent-notice").textContent());
            assertThat(page.locator("#consent-version").textContent()).contains(first);

            String changed = page.locator("#config").inputValue().replace("Bakkerij De Vries", "Bakkerij de Vries");
            page.locator("#config").fill(changed);
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("JSON publiceren")));
            openJson(page);
            String second = version(page.locator("#consent-notice").textContent());
            assertThat(second).isNotEqualTo(first);
            assertThat(page.locator("#consent-version").textContent()).contains(second);
            assertThat(page.locator("#config").inputValue()).contains("Cookies bij Bakkerij de Vries");

            page.locator("#config").fill("{\"languages\": 1}");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("JSON publiceren")));
            openJson(page);
            assertThat(page.locator("#consent-error").textContent()).startsWith("Niet gepubliceerd:");
            assertThat(page.locator("#consent-version").textContent()).contains(second);

            assertThat(page.locator("#consent-empty").count()).isOne();
            assertThat(choose("www-bakkerij-de-vries-nl", "accept-all")).isEqualTo(201);
            assertThat(choose("www-bakkerij-de-vries-nl", "accept-all")).isEqualTo(201);
            assertThat(choose("www-bakkerij-de-vries-nl", "reject-all")).isEqualTo(201);
            page.navigate(consentPage);
            assertThat(page.locator("table.consent-log tbody tr")
                            .last()
                            .locator("td")
                            .allTextContents())
                    .containsExactly("2", "1", "0", "0");
            assertThat(page.locator("#consent-empty").count()).isZero();
            assertThat(page.locator("svg.consent-chart rect.bar-accept").count())
                    .isOne();
            assertThat(page.locator("svg.consent-chart rect.bar-reject").count())
                    .isOne();
            browser.assertAccessible(page);

            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keten controleren")));
            assertThat(page.locator("#chain-result").textContent())
                    .isEqualTo("De keten is in orde: 3 vastleggingen gecontroleerd.");
            APIResponse csv = visitor.request().get(consentPage + "/bewijs.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.text().lines().count()).isEqualTo(4);
            assertThat(csv.text()).contains(",accept-all,").contains(",reject-all,");
            APIResponse json = visitor.request().get(consentPage + "/bewijs.json");
            assertThat(json.text()).contains(second);
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "consent");
            assertThat(browser.cspViolations()).isEmpty();
        }

        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "kijker@voorbeeld.nl");
            page.navigate(consentPage);
            assertThat(page.locator("form.consent-config").count()).isZero();
            assertThat(page.locator("main").textContent()).contains("Als kijker");
            browser.assertAccessible(page);
            String before = page.locator("#consent-version").textContent();
            APIResponse refused = visitor.request()
                    .post(
                            consentPage,
                            RequestOptions.create()
                                    .setHeader("Origin", url("/").replaceAll("/$", ""))
                                    .setForm(FormData.create()
                                            .set(
                                                    "csrf",
                                                    page.locator("input[name=csrf]")
                                                            .first()
                                                            .getAttribute("value"))
                                            .set("config", "{}")));
            assertThat(refused.status()).isEqualTo(403);
            page.reload();
            assertThat(page.locator("#consent-version").textContent()).isEqualTo(before);
        }
    }

    @Test
    void anEditorFillsTheBannerFormDraftedFromTheLatestScanPreviewsItAndPublishes() throws Exception {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(url("/app/inloggen"));
            signIn(page, "redactie@voorbeeld.nl");
            page.getByLabel("Adres").fill("https://www.bakker-bart.nl/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen"))
                    .click();
            try (JdbcScanHistory history = JdbcScanHistory.open(databaseUrl)) {
                history.save(new ScanSnapshot(
                        new StoredScan(
                                0,
                                "www.bakker-bart.nl",
                                "https://www.bakker-bart.nl/",
                                Instant.parse("2026-11-20T10:00:00Z"),
                                "hoog",
                                2,
                                3,
                                1,
                                folder.resolve("geen").toString(),
                                folder.resolve("geen").toString(),
                                "test"),
                        List.of(
                                new HistoryItem("cookie", "PHPSESSID@www.bakker-bart.nl", "necessary"),
                                new HistoryItem("cookie", "_ga@.bakker-bart.nl", "analytics · Google Analytics"),
                                new HistoryItem("cookie", "_fbp@.bakker-bart.nl", "marketing · Meta"),
                                new HistoryItem("tracker", "connect.facebook.net", "marketing · Meta"))));
            }
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("www.bakker-bart.nl"))
                    .first()
                    .click();
            page.locator("#consent-link").click();
            String consentPage = page.url();
            assertThat(page.locator("#draft-source").textContent()).contains("scan van 2026-11-20");
            assertThat(page.locator("fieldset.purpose legend").allTextContents())
                    .containsExactly(
                            "Doel 1: Noodzakelijk", "Doel 2: Statistieken", "Doel 3: Marketing en ingesloten media");
            assertThat(page.locator("fieldset.vendor legend").allTextContents())
                    .containsExactly("Partij 1: www.bakker-bart.nl", "Partij 2: Google Analytics", "Partij 3: Meta");
            assertThat(page.getByLabel("Cookies (namen, gescheiden door komma's)")
                            .nth(1)
                            .inputValue())
                    .isEqualTo("_ga");
            assertThat(page.locator("#v-1-purpose").inputValue()).isEqualTo("analytics");
            assertThat(page.locator("#v-0-third").isChecked()).isFalse();
            assertThat(page.locator("#v-2-third").isChecked()).isTrue();
            FrameLocator preview = page.frameLocator("#banner-preview");
            assertThat(preview.locator("#ck-title").textContent()).isEqualTo("Cookies op deze site");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "consent-form");

            page.locator("details.texts summary").click();
            page.locator("#t-nl-title").fill("Cookies bij Bakker Bart");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Partij toevoegen")));
            assertThat(page.locator("fieldset.vendor").count()).isEqualTo(4);
            assertThat(page.locator("#t-nl-title").inputValue()).isEqualTo("Cookies bij Bakker Bart");
            page.locator("#v-3-name").fill("Hotjar");
            page.locator("#v-3-purpose").selectOption("analytics");
            page.locator("#v-3-purpose-nl").fill("Klikgedrag meten");
            page.locator("#v-3-purpose-en").fill("Measure clicks");
            page.locator("#v-3-retention-nl").fill("1 jaar");
            page.locator("#v-3-retention-en").fill("1 year");
            page.locator("#v-3-cookies").fill("_hjSessionUser, _hjid");
            assertThat(page.locator("#v-3-name").inputValue()).isEqualTo("Hotjar");
            submit(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Partij 1 verwijderen")));
            assertThat(page.locator("fieldset.vendor legend").allTextContents())
                    .containsExactly("Partij 1: Google Analytics", "Partij 2: Meta", "Partij 3: Hotjar");
            submit(
                    page,
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorbeeld bekijken"))
                            .first());
            assertThat(page.locator("#consent-notice").textContent()).contains("nog niet gepubliceerd");
            assertThat(page.locator("#consent-version").textContent()).contains("Nog niet gepubliceerd");
            preview = page.frameLocator("#banner-preview");
            assertThat(preview.locator("#ck-title").textContent()).isEqualTo("Cookies bij Bakker Bart");
            preview.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Instellingen"))
                    .click();
            assertThat(preview.locator(".ck-modal").textContent())
                    .contains("Hotjar")
                    .contains("_hjid");
            WebBrowser.screenshot(page, "consent-preview");
            page.locator("#config-title").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "web-screenshots", "consent-preview-top.png")));
            preview.getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Keuze opslaan"))
                    .click();
            assertThat(preview.locator("html[data-preview-choice]").count()).isOne();

            submit(
                    page,
                    page.getByRole(
                                    AriaRole.BUTTON,
                                    new Page.GetByRoleOptions()
                                            .setName("Publiceren")
                                            .setExact(true))
                            .first());
            String published = version(page.locator("#consent-notice").textContent());
            String config = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url("/v1/sites/www-bakker-bart-nl/config")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(config)
                    .contains(published)
                    .contains("Cookies bij Bakker Bart")
                    .contains("Hotjar")
                    .contains("_hjSessionUser")
                    .doesNotContain("PHPSESSID");
            assertThat(page.locator("fieldset.vendor legend").allTextContents())
                    .as("the published configuration lists vendors by purpose")
                    .containsExactly("Partij 1: Google Analytics", "Partij 2: Hotjar", "Partij 3: Meta");
            page.navigate(consentPage);
            assertThat(page.locator("#consent-empty").count()).isOne();
            browser.assertAccessible(page);
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    /** Clicks a submit button and waits until the answer to the form has loaded. */
    private static void submit(Page page, Locator button) {
        page.evaluate("() => { window.previousDocument = true; }");
        button.click();
        page.waitForFunction("() => !window.previousDocument && document.readyState === 'complete'");
    }

    private static void openJson(Page page) {
        if (page.locator("details.advanced[open]").count() == 0) {
            page.locator("details.advanced summary").click();
        }
    }

    private static String version(String text) {
        Matcher m = VERSION.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }

    private static int choose(String site, String action) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String config = client.send(
                        HttpRequest.newBuilder(URI.create(url("/v1/sites/" + site + "/config")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\"" + version(config)
                + "\",\"language\":\"nl\",\"action\":\"" + action + "\",\"choices\":{},\"gpc\":false}";
        return client.send(
                        HttpRequest.newBuilder(URI.create(url("/v1/sites/" + site + "/consents")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
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
