package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.Page;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerLocation;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real consent libraries from the npm registry (vanilla-cookieconsent, klaro, tarteaucitron, orejime), served by the
 * fixture server under their CDN names: the fixture site bakkerij-jansen, and small pages of ours that configure
 * klaro, tarteaucitron and orejime.
 */
@FixtureSites
class CmpLibraryTest {

    static final String KLARO_PAGE = "<!doctype html><html lang=nl><head><meta charset=utf-8><script>"
            + "window.klaroConfig = {version: 1, elementID: 'klaro', storageMethod: 'cookie', cookieName: 'klaro',"
            + " lang: 'nl', mustConsent: false, acceptAll: true, hideDeclineAll: false, default: false,"
            + " services: [{name: 'posthog', title: 'PostHog', purposes: ['analytics']},"
            + " {name: 'meta', title: 'Meta Pixel', purposes: ['marketing']}]};</script>"
            + "<script defer src='https://cdn.jsdelivr.net/npm/klaro@0.7.22/dist/klaro.js'></script></head>"
            + "<body><h1>Tuincentrum</h1><p>Planten en potten.</p></body></html>";

    static final String TARTEAUCITRON_PAGE = "<!doctype html><html lang=nl><head><meta charset=utf-8>"
            + "<script src='https://cdn.jsdelivr.net/npm/tarteaucitronjs@1.34.0/tarteaucitron.min.js'></script>"
            + "<script>tarteaucitron.init({privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',"
            + " orientation: 'bottom', showAlertSmall: false, cookieslist: false, showIcon: true,"
            + " iconPosition: 'BottomRight', DenyAllCta: true, AcceptAllCta: true, highPrivacy: true,"
            + " handleBrowserDNTRequest: false, removeCredit: true, moreInfoLink: false, mandatory: true,"
            + " useExternalCss: false});"
            + "(tarteaucitron.job = tarteaucitron.job || []).push('youtube');</script></head>"
            + "<body><h1>Boekhandel</h1><p>Boeken.</p></body></html>";

    /**
     * Orejime (a Klaro fork, npm orejime 3.2.1) with its Dutch default texts: they speak of personal data and
     * purposes, never of cookies, and no consent rule knows the library. The choice is read from the script it gates.
     */
    static final String OREJIME_PAGE = "<!doctype html><html lang=nl><head><meta charset=utf-8>"
            + "<link rel=stylesheet href='https://cdn.jsdelivr.net/npm/orejime@3.2.1/dist/orejime-standard.css'>"
            + "<script>window.orejimeConfig = {privacyPolicyUrl: '/privacy.html', purposes: [{id: 'statistiek',"
            + " title: 'Statistiek', description: 'Bezoekersstatistieken', cookies: ['_ga']}]};</script>"
            + "<script src='https://cdn.jsdelivr.net/npm/orejime@3.2.1/dist/orejime-standard-nl.js'></script>"
            + "</head><body><h1>Boekbinderij</h1><p>Handgebonden boeken.</p>"
            + "<template data-purpose=statistiek><script>window.statistiek = 'geladen';</script></template>"
            + "</body></html>";

    private static FixtureServer server;
    private static TestBrowser browser;
    private static TestPages pages;
    private Page page;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        browser = TestBrowser.launch(server.hostRules());
        pages = new TestPages();
    }

    @AfterAll
    static void stop() {
        pages.close();
        browser.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        TestBrowser.closeContext(page);
    }

    private String bakkerij() {
        String url = server.url(FixtureSite.BAKKERIJ_JANSEN).toString();
        page.navigate(url);
        return url;
    }

    private String cookie(String name) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals(name))
                .map(c -> java.net.URLDecoder.decode(c.value, java.nio.charset.StandardCharsets.UTF_8))
                .findFirst()
                .orElse("");
    }

    @Test
    void vanillaCookieconsentIsFoundByItsRuleAndItsSettingsLayerIsRecordedWithoutSaving() {
        String url = bakkerij();

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, ScreenshotTaker.NONE);

        assertThat(seen.detector()).isEqualTo("autoconsent:cookieconsent3");
        assertThat(seen.cmp()).isEqualTo("cookieconsent3");
        assertThat(seen.location()).isEqualTo(BannerLocation.MAIN_FRAME);
        assertThat(seen.language()).isEqualTo("nl");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(
                        tuple("Alles accepteren", ControlRole.ACCEPT),
                        tuple("Alles weigeren", ControlRole.REJECT),
                        tuple("Voorkeuren instellen", ControlRole.SETTINGS),
                        tuple("Cookieverklaring", ControlRole.MORE_INFO));
        assertThat(seen.settingsLayerOpened()).isTrue();
        assertThat(seen.layer(2))
                .extracting(BannerControl::text, BannerControl::role)
                .contains(tuple("Alles weigeren", ControlRole.REJECT), tuple("Voorkeuren opslaan", ControlRole.SAVE))
                .doesNotContain(tuple("Noodzakelijke cookies", ControlRole.REJECT));
        assertThat(seen.toggles())
                .extracting(BannerToggle::label, BannerToggle::checked, BannerToggle::disabled)
                .containsExactly(
                        tuple("Noodzakelijke cookies", true, true), tuple("Analytische cookies", false, false));
        assertThat(cookie("cc_cookie")).isEmpty();
    }

    @Test
    void vanillaCookieconsentRejectOnTheFirstLayer() {
        String url = bakkerij();

        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.layer()).isEqualTo(1);
        assertThat(choice.steps()).containsExactly("Alles weigeren");
        assertThat(cookie("cc_cookie")).contains("\"categories\":[\"necessary\"]");
    }

    @Test
    void vanillaCookieconsentAcceptThenWithdrawThroughTheFooterLink() {
        String url = bakkerij();

        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        String afterAccept = cookie("cc_cookie");
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(accepted.steps()).containsExactly("Alles accepteren");
        assertThat(afterAccept).contains("\"categories\":[\"necessary\",\"analytics\"]");
        assertThat(withdrawn.outcome()).as(withdrawn.toString()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.steps()).containsExactly("Cookie-instellingen", "Alles weigeren");
        assertThat(withdrawn.note()).contains("Cookie-instellingen");
        assertThat(cookie("cc_cookie")).contains("\"categories\":[\"necessary\"]");
    }

    @Test
    void klaroIsFoundByItsConsentOMaticRuleAndRefusedOnTheFirstLayer() {
        String url = pages.put("/klaro", KLARO_PAGE);
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, ScreenshotTaker.NONE);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(seen.detector()).isEqualTo("consent-o-matic:klaro");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(
                        tuple("Laat me kiezen", ControlRole.SETTINGS),
                        tuple("Ik weiger", ControlRole.REJECT),
                        tuple("Dat is oké", ControlRole.ACCEPT));
        assertThat(seen.toggles())
                .extracting(BannerToggle::label, BannerToggle::checked)
                .contains(tuple("Analytics", false), tuple("Marketing", false));
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.steps()).containsExactly("Ik weiger");
        assertThat(cookie("klaro")).contains("\"posthog\":false");
    }

    @Test
    void orejimeIsFoundByTheGenericDetectorThoughItNeverSaysCookieAndIsRefusedAcceptedAndWithdrawn() {
        String url = pages.put("/orejime", OREJIME_PAGE);
        page.navigate(url);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice refused = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);
        Object afterRefusal = page.evaluate("window.statistiek || 'niet geladen'");

        assertThat(seen.found()).isTrue();
        assertThat(seen.detector()).isEqualTo("generic");
        assertThat(seen.text()).contains("persoonlijke gegevens").doesNotContainIgnoringCase("cookie");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .contains(
                        tuple("Aanvaarden", ControlRole.ACCEPT),
                        tuple("Afwijzen", ControlRole.REJECT),
                        tuple("Configureren", ControlRole.SETTINGS));
        assertThat(refused.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(refused.steps()).containsExactly("Afwijzen");
        assertThat(afterRefusal).isEqualTo("niet geladen");
        assertThat(cookie("eu-consent")).contains("\"statistiek\":false");

        // a fresh profile: Orejime keeps the refusal
        TestBrowser.closeContext(page);
        page = browser.newPage();
        page.navigate(url);
        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(accepted.steps()).containsExactly("Aanvaarden");
        assertThat(page.evaluate("window.statistiek || 'niet geladen'")).isEqualTo("geladen");
        assertThat(cookie("eu-consent")).contains("\"statistiek\":true");

        // no link on the page reopens the choice; Orejime's own script function does
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);
        assertThat(withdrawn.outcome()).as(withdrawn.toString()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.note()).contains("orejime.prompt()");
        assertThat(withdrawn.steps()).containsExactly("Alles weigeren", "Opslaan");
        assertThat(withdrawn.note()).contains("Opslaan");
        assertThat(cookie("eu-consent")).contains("\"statistiek\":false");
    }

    @Test
    void aPopUpAboutPersonalDataWithoutARefusalIsNoConsentBanner() {
        // a newsletter pop-up mentions personal data and purposes too, but offers no choice to refuse
        String url = pages.put(
                "/nieuwsbrief",
                "<!doctype html><html lang=nl><body><h1>Winkel</h1><div style='position:fixed;bottom:0;left:0;"
                        + "right:0;padding:20px;background:#eee'><p>Schrijf je in voor de nieuwsbrief. Wij gebruiken"
                        + " je persoonsgegevens alleen voor de volgende doeleinden: de nieuwsbrief sturen.</p>"
                        + "<button>Aanmelden</button> <button>Sluiten</button></div></body></html>");
        page.navigate(url);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);

        assertThat(seen.found()).isFalse();
    }

    @Test
    void klaroWithdrawnThroughItsScriptApiWhenThePageHasNoLink() {
        String url = pages.put("/klaro-api", KLARO_PAGE);
        page.navigate(url);

        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        String afterAccept = cookie("klaro");
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(afterAccept).contains("\"posthog\":true");
        assertThat(withdrawn.outcome()).as(withdrawn.toString()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.note()).contains("klaro.show()");
        assertThat(cookie("klaro")).contains("\"posthog\":false").contains("\"meta\":false");
    }

    @Test
    void tarteaucitronIsFoundByItsRuleRefusedAndWithdrawnThroughItsIcon() {
        String url = pages.put("/tarteaucitron", TARTEAUCITRON_PAGE);
        page.navigate(url);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        String afterAccept = cookie("tarteaucitron");
        System.out.println(
                "DEBUG " + accepted + " alert " + page.isVisible("#tarteaucitronAlertBig") + " root "
                        + page.evaluate(
                                "(() => { const r = document.querySelector('[data-ck-box]'); return r ? r.id + ' ' + r.className + ' ' + getComputedStyle(r).display + ' ' + r.getBoundingClientRect().height : 'none'; })()"));
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(seen.detector()).startsWith("autoconsent:tarteaucitron");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(
                        tuple("OK, accepteer alle", ControlRole.ACCEPT),
                        tuple("Weiger alle cookies", ControlRole.REJECT),
                        tuple("Personaliseer", ControlRole.SETTINGS));
        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(afterAccept).contains("youtube=true");
        assertThat(withdrawn.outcome()).as(withdrawn.toString()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.steps()).containsExactly("Cookies (modaal venster)", "Weiger alle cookies", "Opslaan");
        assertThat(withdrawn.note()).contains("the choice was reopened through the control");
        assertThat(cookie("tarteaucitron")).contains("youtube=false");
    }
}
