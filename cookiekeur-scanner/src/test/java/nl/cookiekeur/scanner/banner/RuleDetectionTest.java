package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.Page;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rule interpreter on pages whose markup carries the element ids and classes that the shipped autoconsent and
 * Consent-O-Matic rules look for (the markup is ours; the rules are the shipped ones, unmodified).
 */
@Tag("chromium")
class RuleDetectionTest {

    private static TestBrowser browser;
    private static TestPages pages;
    private Page page;

    @BeforeAll
    static void start() {
        browser = TestBrowser.launch();
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

    @Test
    void anAutoconsentRuleNamesTheCmpAndItsHintGivesAnAmbiguousButtonItsRole() {
        String url = pages.put(
                "/complianz",
                "<!doctype html><html><body><h1>Winkel</h1><div id=cmplz-cookiebanner-container>"
                        + "<div class='cmplz-cookiebanner' style='position:fixed;bottom:0;left:0;right:0;"
                        + "background:#fff;padding:10px'><p>Wij gebruiken cookies voor statistieken.</p>"
                        + "<button class='cmplz-btn cmplz-accept'>Accepteren</button>"
                        + "<button class='cmplz-btn cmplz-deny'>Sluiten</button></div></div><script>"
                        + "for (const b of document.querySelectorAll('.cmplz-btn')) b.onclick = () => {"
                        + " window.choice = b.className; document.querySelector('.cmplz-cookiebanner').remove(); };"
                        + "</script></body></html>");
        page.navigate(url);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(seen.detector()).isEqualTo("autoconsent:Complianz banner");
        assertThat(seen.cmp()).isEqualTo("Complianz banner");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(tuple("Accepteren", ControlRole.ACCEPT), tuple("Sluiten", ControlRole.REJECT));
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(page.evaluate("window.choice")).isEqualTo("cmplz-btn cmplz-deny");
    }

    @Test
    void aConsentOMaticRuleFindsACookiebotStyleDialog() {
        String url = pages.put(
                "/cookiebot",
                "<!doctype html><html><body><h1>Museum</h1><div id=CybotCookiebotDialog style='position:fixed;"
                        + "top:30%;left:20%;width:60%;background:#fff'><div id=CybotCookiebotDialogBody>"
                        + "Deze website gebruikt cookies van ons en van derde partijen.</div>"
                        + "<button id=CybotCookiebotDialogBodyButtonDecline>Weigeren</button>"
                        + "<button id=CybotCookiebotDialogBodyLevelButtonCustomize>Aanpassen</button>"
                        + "<button id=CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll>Alle cookies toestaan"
                        + "</button></div></body></html>");
        page.navigate(url);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);

        assertThat(seen.detector()).isEqualTo("consent-o-matic:cookiebot");
        assertThat(seen.cmp()).isEqualTo("cookiebot");
        assertThat(seen.declaresParties()).isTrue();
        assertThat(seen.layer(1))
                .extracting(BannerControl::role)
                .containsExactly(ControlRole.REJECT, ControlRole.SETTINGS, ControlRole.ACCEPT);
    }

    @Test
    void rulesAreLoadedFromBothSets() {
        BannerRules rules = BannerRules.shipped();

        assertThat(rules.autoconsentCount()).isGreaterThan(600);
        assertThat(rules.consentOMaticCount()).isGreaterThan(150);
        assertThat(rules.forPage("https://www.example.nl/", true).size()).isLessThan(400);
        assertThat(rules.forPage("https://www.example.nl/", false).size())
                .isLessThan(rules.forPage("https://www.example.nl/", true).size());
    }
}
