package nl.cookiekeur.ledger.banner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The banner in real Chromium against a test site with a nonce-based CSP, the ledger stand-in on another
 * origin: nothing optional runs or is stored before a choice, every choice reaches the ledger, withdrawal
 * cleans up, and the banner works by keyboard.
 */
class BannerBrowserTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    private static BannerBrowser chromium;
    private BannerSiteServer site;
    private BrowserContext context;

    @BeforeAll
    static void launch() {
        chromium = new BannerBrowser();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void serve() {
        site = new BannerSiteServer();
        context = chromium.browser().newContext();
    }

    @AfterEach
    void stop() {
        context.close();
        site.close();
    }

    @Test
    void beforeAnyChoiceNothingOptionalRunsAndTheFirstLayerNamesPurposesAndParties() {
        Page page = open();
        Locator banner = page.locator(".ck-banner");

        assertThat(banner.getAttribute("role")).isEqualTo("dialog");
        assertThat(page.locator("#" + banner.getAttribute("aria-labelledby")).textContent())
                .isEqualTo("Cookies op deze website");
        assertThat(page.locator("#" + banner.getAttribute("aria-describedby")).textContent())
                .contains("toestemming");
        assertThat(banner.textContent())
                .contains("Noodzakelijk", "Voorkeuren", "Statistieken", "Marketing")
                .contains("Google Analytics (derde partij)", "Meta (derde partij)", "YouTube", "Winkel")
                .contains("Cookie-instellingen");
        assertThat(js(page, "document.activeElement === document.querySelector('.ck-banner')"))
                .isEqualTo(true);
        assertThat(
                        js(
                                page,
                                "[window.analyticsRuns, window.marketingRuns, window.preferencesRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        assertThat(js(page, "window.necessaryRuns")).isEqualTo(1);
        assertThat(cookieNames()).isEmpty();
        assertThat(page.locator("iframe.video").getAttribute("src")).isNull();
        assertThat(page.locator("iframe.video").isVisible()).isFalse();
        assertThat(page.locator(".ck-ph").textContent()).contains("Marketing");
        assertThat(site.consents()).isEmpty();
        assertThat(js(page, "window.cspViolations")).isEqualTo(List.of());
        assertThat(js(page, "window.layoutShift")).isEqualTo(0);
    }

    @Test
    void acceptRejectAndSettingsHaveEqualWeight() {
        Page page = open();
        Locator buttons = page.locator(".ck-banner button");

        assertThat(buttons.allTextContents()).containsExactly("Alles weigeren", "Instellingen", "Alles accepteren");
        List<Object> looks = List.of(style(buttons.nth(0)), style(buttons.nth(1)), style(buttons.nth(2)));
        assertThat(looks).allMatch(look -> look.equals(looks.get(0)));
        assertThat(contrast(buttons.nth(0))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(page.locator(".ck-banner"))).isGreaterThanOrEqualTo(4.5);
        page.locator(".ck-banner").press("Tab");
        assertThat(buttons.nth(0)
                        .evaluate("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth"))
                .isEqualTo("solid 3px");
    }

    /** WCAG contrast ratio of an element's text colour against its own background colour. */
    private static double contrast(Locator element) {
        return ((Number) element.evaluate("e => { const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g)"
                        + ".slice(0, 3).map(v => { v = v / 255; return v <= 0.04045 ? v / 12.92"
                        + " : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };"
                        + " const s = getComputedStyle(e); const a = lum(s.color), d = lum(s.backgroundColor);"
                        + " return (Math.max(a, d) + 0.05) / (Math.min(a, d) + 0.05); }"))
                .doubleValue();
    }

    @Test
    void rejectAllStoresOnlyTheChoiceAndRecordsIt() {
        Page page = open();

        click(page, "Alles weigeren");

        JsonNode record = onlyConsent();
        assertThat(record.get("action").asText()).isEqualTo("reject-all");
        assertThat(record.get("consentId").asText()).matches(UUID);
        assertThat(record.get("configVersion").asText()).isEqualTo(site.version());
        assertThat(record.get("language").asText()).isEqualTo("nl");
        assertThat(record.get("gpc").asBoolean()).isFalse();
        assertThat(choices(record)).isEqualTo(Map.of("preferences", false, "analytics", false, "marketing", false));
        assertThat(cookieNames()).containsExactly("ck_consent");
        JsonNode stored = storedChoice();
        assertThat(stored.get("consentId").asText())
                .isEqualTo(record.get("consentId").asText());
        assertThat(stored.get("version").asText()).isEqualTo(site.version());
        assertThat(cookie("ck_consent").expires - System.currentTimeMillis() / 1000.0)
                .isBetween(364 * 86400.0, 366 * 86400.0);

        page.reload();
        page.locator(".ck-fab").waitFor();
        assertThat(page.locator(".ck-banner").count()).isZero();
        assertThat(js(page, "[window.analyticsRuns, window.marketingRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        assertThat(cookieNames()).containsExactly("ck_consent");
        assertThat(site.consents()).hasSize(1);
        assertThat(consentUpdates(page))
                .last()
                .satisfies(update -> assertThat(update)
                        .containsEntry("analytics_storage", "denied")
                        .containsEntry("ad_storage", "denied"));
    }

    @Test
    void acceptAllRunsTheGatedScriptsLoadsTheEmbedAndUpdatesConsentMode() {
        Page page = open();
        List<Map<String, Object>> before = consentCommands(page);
        assertThat(before).hasSize(1);
        assertThat(before.get(0))
                .containsEntry("kind", "default")
                .containsEntry("analytics_storage", "denied")
                .containsEntry("ad_storage", "denied")
                .containsEntry("ad_user_data", "denied")
                .containsEntry("ad_personalization", "denied")
                .containsEntry("functionality_storage", "denied");

        click(page, "Alles accepteren");
        eventually(page, "window.marketingRuns === 1");

        assertThat(
                        js(
                                page,
                                "[window.analyticsRuns, window.marketingRuns, window.preferencesRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of(1, 1, 1));
        assertThat(cookieNames()).contains("ck_consent", "_ga", "_ga_XYZ", "_fbp", "winkel_taal");
        assertThat(cookie("_fbp").domain).isEqualTo(".winkel.test");
        JsonNode record = onlyConsent();
        assertThat(record.get("action").asText()).isEqualTo("accept-all");
        assertThat(choices(record)).isEqualTo(Map.of("preferences", true, "analytics", true, "marketing", true));
        assertThat(consentUpdates(page))
                .last()
                .satisfies(update -> assertThat(update)
                        .containsEntry("analytics_storage", "granted")
                        .containsEntry("ad_storage", "granted")
                        .containsEntry("ad_user_data", "granted")
                        .containsEntry("ad_personalization", "granted")
                        .containsEntry("personalization_storage", "granted"));
        page.frameLocator("iframe.video").locator("#video").waitFor();
        assertThat(page.locator(".ck-ph").count()).isZero();
        assertThat(js(page, "window.cspViolations")).isEqualTo(List.of());
    }

    @Test
    void withdrawalDeletesTheCookiesRecordsItAndStopsTheScripts() {
        Page page = open();
        click(page, "Alles accepteren");
        eventually(page, "window.marketingRuns === 1");
        assertThat(cookieNames()).contains("_ga", "_ga_XYZ", "_fbp", "winkel_taal");

        page.locator(".ck-fab").click();
        Locator settings = page.locator(".ck-modal");
        assertThat(settings.locator("input[data-p]").evaluateAll("l => l.map(i => i.checked)"))
                .isEqualTo(List.of(true, true, true));
        page.evaluate("() => { window.beforeWithdrawal = true; }");
        page.waitForResponse(
                r -> r.url().equals(site.pageUrl()),
                () -> page.waitForResponse(
                        r -> r.url().endsWith("/consents"),
                        () -> settings.getByRole(
                                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Alles weigeren"))
                                .click()));
        eventually(page, "!window.beforeWithdrawal && document.querySelector('.ck-fab') !== null");

        assertThat(site.consents()).hasSize(2);
        JsonNode withdrawal = site.consents().get(1);
        assertThat(withdrawal.get("action").asText()).isEqualTo("withdraw");
        assertThat(withdrawal.get("consentId").asText())
                .isEqualTo(site.consents().get(0).get("consentId").asText());
        assertThat(choices(withdrawal)).isEqualTo(Map.of("preferences", false, "analytics", false, "marketing", false));
        assertThat(cookieNames()).containsExactly("ck_consent");
        assertThat(
                        js(
                                page,
                                "[window.analyticsRuns, window.marketingRuns, window.preferencesRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        assertThat(page.locator(".ck-banner").count()).isZero();
    }

    @Test
    void aKeyboardOnlyVisitorCanOpenSettingsEscapeAndChooseWithFocusKeptInTheDialog() {
        Page page = open();
        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("Alles weigeren");
        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("Instellingen");
        page.keyboard().press("Enter");

        Locator settings = page.locator(".ck-modal");
        assertThat(settings.getAttribute("aria-modal")).isEqualTo("true");
        assertThat(js(page, "document.querySelector('.ck-modal').contains(document.activeElement)"))
                .isEqualTo(true);
        assertThat(settings.locator("input").evaluateAll("l => l.map(i => [i.checked, i.disabled])"))
                .isEqualTo(List.of(
                        List.of(true, true), List.of(false, false), List.of(false, false), List.of(false, false)));
        for (int i = 0; i < 25; i++) {
            page.keyboard().press(i % 3 == 0 ? "Shift+Tab" : "Tab");
            assertThat(js(page, "document.querySelector('.ck-modal').contains(document.activeElement)"))
                    .as("focus after %d key presses", i + 1)
                    .isEqualTo(true);
        }

        page.keyboard().press("Escape");
        assertThat(page.locator(".ck-modal").count()).isZero();
        assertThat(page.locator(".ck-banner").isVisible()).isTrue();
        assertThat(focused(page)).isEqualTo("Instellingen");
        assertThat(site.consents()).isEmpty();
        assertThat(cookieNames()).isEmpty();

        page.keyboard().press("Enter");
        page.keyboard().press("Tab"); // first toggle after the necessary one: preferences
        page.keyboard().press("Tab"); // analytics
        assertThat(js(page, "document.activeElement.getAttribute('data-p')")).isEqualTo("analytics");
        page.keyboard().press("Space");
        page.waitForResponse(r -> r.url().endsWith("/consents"), () -> {
            for (int i = 0; i < 20 && !"Keuze opslaan".equals(focused(page)); i++) {
                page.keyboard().press("Tab");
            }
            page.keyboard().press("Enter");
        });

        JsonNode record = onlyConsent();
        assertThat(record.get("action").asText()).isEqualTo("custom");
        assertThat(choices(record)).isEqualTo(Map.of("preferences", false, "analytics", true, "marketing", false));
        eventually(page, "window.analyticsRuns === 1");
        assertThat(js(page, "[window.marketingRuns, window.preferencesRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        assertThat(cookieNames()).contains("_ga").doesNotContain("_fbp", "winkel_taal");
    }

    @Test
    void aNewConfigurationVersionAsksAgainAndReleasesNothingUntilThen() {
        Page page = open();
        click(page, "Alles accepteren");
        site.version("sha256-" + "2".repeat(64));
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("_ga"));

        page.reload();
        page.locator(".ck-banner").waitFor();

        assertThat(js(page, "[window.analyticsRuns, window.marketingRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        assertThat(cookieNames()).doesNotContain("_ga");
        click(page, "Alles weigeren");
        assertThat(site.consents()).hasSize(2);
        assertThat(site.consents().get(1).get("configVersion").asText()).isEqualTo(site.version());
        assertThat(storedChoice().get("version").asText()).isEqualTo(site.version());
    }

    @Test
    void aRespectedGlobalPrivacyControlSignalRefusesAnalyticsAndMarketingAndIsRecorded() {
        context.addInitScript("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})");
        Page page = open();
        assertThat(page.locator(".ck-banner").textContent()).contains("Global Privacy Control");

        click(page, "Alles accepteren");

        JsonNode record = onlyConsent();
        assertThat(record.get("gpc").asBoolean()).isTrue();
        assertThat(record.get("action").asText()).isEqualTo("custom");
        assertThat(choices(record)).isEqualTo(Map.of("preferences", true, "analytics", false, "marketing", false));
        eventually(page, "window.preferencesRuns === 1");
        assertThat(js(page, "[window.analyticsRuns, window.marketingRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
        page.locator(".ck-fab").click();
        assertThat(page.locator(".ck-modal input[data-p]").evaluateAll("l => l.map(i => i.disabled)"))
                .isEqualTo(List.of(false, true, true));
    }

    @Test
    void whenGlobalPrivacyControlAnswersEveryQuestionNoBannerIsShownAndTheRefusalIsRecorded() {
        site.purposes(Set.of("necessary", "analytics", "marketing"));
        context.addInitScript("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})");
        Page page = context.newPage();

        page.waitForResponse(r -> r.url().endsWith("/consents"), () -> page.navigate(site.pageUrl()));
        page.locator(".ck-fab").waitFor();

        assertThat(page.locator(".ck-banner").count()).isZero();
        JsonNode record = onlyConsent();
        assertThat(record.get("action").asText()).isEqualTo("reject-all");
        assertThat(record.get("gpc").asBoolean()).isTrue();
        assertThat(choices(record)).isEqualTo(Map.of("analytics", false, "marketing", false));
        assertThat(cookieNames()).containsExactly("ck_consent");
        assertThat(js(page, "[window.analyticsRuns, window.marketingRuns].filter(x => x !== undefined)"))
                .isEqualTo(List.of());
    }

    @Test
    void anIgnoredGlobalPrivacyControlSignalIsStillRecorded() {
        site.gpcPolicy("ignore");
        context.addInitScript("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})");
        Page page = open();

        click(page, "Alles accepteren");

        JsonNode record = onlyConsent();
        assertThat(record.get("gpc").asBoolean()).isTrue();
        assertThat(choices(record)).isEqualTo(Map.of("preferences", true, "analytics", true, "marketing", true));
    }

    @Test
    void theIframePlaceholderLoadsTheEmbedOnClickAndRecordsThatConsent() {
        Page page = open();
        Locator placeholder = page.locator(".ck-ph");
        // The frame's box: 320 x 180 plus its default 2 px border on each side.
        assertThat(placeholder.boundingBox().width).isEqualTo(324);
        assertThat(placeholder.boundingBox().height).isEqualTo(184);

        Response response = page.waitForResponse(
                r -> r.url().endsWith("/consents"),
                () -> placeholder.getByRole(AriaRole.BUTTON).click());

        assertThat(response.status()).isEqualTo(201);
        page.frameLocator("iframe.video").locator("#video").waitFor();
        assertThat(page.locator(".ck-ph").count()).isZero();
        JsonNode record = onlyConsent();
        assertThat(record.get("action").asText()).isEqualTo("custom");
        assertThat(choices(record)).isEqualTo(Map.of("preferences", false, "analytics", false, "marketing", true));
        assertThat(storedChoice().get("consentId").asText())
                .isEqualTo(record.get("consentId").asText());
        assertThat(page.locator(".ck-banner").count()).isZero();
    }

    @Test
    void contentAddedLaterIsGatedUntilConsentAndReleasedAfterIt() {
        Page page = open();
        String add = "category => { const s = document.createElement('script'); s.type = 'text/plain';"
                + " s.dataset.category = category; s.text = 'window.late = (window.late || 0) + 1';"
                + " document.body.appendChild(s); const f = document.createElement('iframe');"
                + " f.dataset.category = category; f.dataset.src = '/embed.html'; f.className = 'late';"
                + " document.body.appendChild(f); }";
        page.evaluate(add, "analytics");
        page.locator(".ck-ph").nth(1).waitFor();
        assertThat(js(page, "window.late")).isNull();

        click(page, "Alles accepteren");
        page.frameLocator("iframe.late").locator("#video").waitFor();
        assertThat(js(page, "window.late")).isEqualTo(1);

        page.evaluate(add, "analytics");
        eventually(page, "window.late === 2");
    }

    @Test
    void englishPagesGetTheEnglishTexts() {
        site.pageLanguage("en");
        Page page = open();

        assertThat(page.locator(".ck-banner button").allTextContents())
                .containsExactly("Reject all", "Settings", "Accept all");
        assertThat(page.locator(".ck-banner").textContent()).contains("Statistics", "third party");
        assertThat(page.locator("#ck-title").textContent()).isEqualTo("Cookies at Winkel");
        click(page, "Reject all");
        assertThat(onlyConsent().get("language").asText()).isEqualTo("en");
    }

    @Test
    void hostileVendorLinksAreNotRendered() {
        Page page = open();
        click(page, "Instellingen");

        List<?> links = (List<?>) page.locator(".ck-modal a").evaluateAll("l => l.map(a => a.href)");
        assertThat(links)
                .hasSize(5)
                .allSatisfy(href -> assertThat((String) href).startsWith("https://"));
    }

    @Test
    void theSettingsLayerLinksTheCookieStatement() {
        Page page = open();
        click(page, "Instellingen");

        Locator link = page.locator(".ck-modal a", new Page.LocatorOptions().setHasText("Cookieverklaring"));
        assertThat(link.count()).isEqualTo(1);
        assertThat(link.getAttribute("href")).isEqualTo("https://www.winkel.test/cookieverklaring");
        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
    }

    private Page open() {
        Page page = context.newPage();
        page.navigate(site.pageUrl());
        page.locator(".ck-banner, .ck-fab").first().waitFor();
        return page;
    }

    private void click(Page page, String name) {
        Locator button = page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
        if (name.contains("accept") || name.contains("weiger") || name.contains("Reject")) {
            Response response = page.waitForResponse(r -> r.url().endsWith("/consents"), button::click);
            assertThat(response.status()).isEqualTo(201);
        } else {
            button.click();
        }
    }

    private JsonNode onlyConsent() {
        assertThat(site.consents()).hasSize(1);
        return site.consents().get(0);
    }

    private static Map<String, Boolean> choices(JsonNode record) {
        Map<String, Boolean> choices = new java.util.HashMap<>();
        record.get("choices")
                .properties()
                .forEach(e -> choices.put(e.getKey(), e.getValue().asBoolean()));
        return choices;
    }

    private Set<String> cookieNames() {
        return context.cookies().stream().map(c -> c.name).collect(Collectors.toSet());
    }

    private Cookie cookie(String name) {
        return context.cookies().stream()
                .filter(c -> c.name.equals(name))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode storedChoice() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(URLDecoder.decode(cookie("ck_consent").value, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Polls a condition from the test side (the page's CSP forbids the eval that Playwright's
     * waitForFunction needs); tolerates the page navigating meanwhile.
     */
    private static void eventually(Page page, String condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(js(page, condition))) {
                    return;
                }
            } catch (PlaywrightException navigating) {
                // the execution context was replaced by a navigation: ask the new page
            }
            page.waitForTimeout(50);
        }
        throw new AssertionError("not within 10 s: " + condition);
    }

    private static Object js(Page page, String expression) {
        return page.evaluate("() => " + expression);
    }

    private static String focused(Page page) {
        return String.valueOf(page.evaluate("() => document.activeElement.textContent"));
    }

    private static Object style(Locator button) {
        return button.evaluate("b => { const s = getComputedStyle(b); const r = b.getBoundingClientRect();"
                + " return [b.tagName, b.className, s.backgroundColor, s.color, s.fontSize, s.fontWeight,"
                + " s.borderTopWidth, s.paddingTop, Math.round(r.height)]; }");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> consentCommands(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.dataLayer"
                + ".filter(a => a[0] === 'consent').map(a => Object.assign({kind: a[1]}, a[2]))");
    }

    private static List<Map<String, Object>> consentUpdates(Page page) {
        return consentCommands(page).stream()
                .filter(c -> "update".equals(c.get("kind")))
                .toList();
    }
}
