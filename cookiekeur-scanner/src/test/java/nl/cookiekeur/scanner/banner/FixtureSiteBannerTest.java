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

/** The banner hard cases of the fixture sites (docs/fixtures.md), in real Chromium. */
@FixtureSites
class FixtureSiteBannerTest {

    private static FixtureServer server;
    private static TestBrowser browser;
    private Page page;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        browser = TestBrowser.launch(server.hostRules());
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void newPage() {
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        TestBrowser.closeContext(page);
    }

    private String open(FixtureSite site) {
        String url = server.url(site).toString();
        page.navigate(url);
        return url;
    }

    @Test
    void refusalOnlyOnTheSecondLayerIsMadeThereWithItsSteps() {
        String url = open(FixtureSite.WOONWINKEL_DEKKER);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(seen.layer(1)).extracting(BannerControl::role).doesNotContain(ControlRole.REJECT);
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.layer()).isEqualTo(2);
        assertThat(choice.steps()).containsExactly("Voorkeuren instellen", "Alles weigeren");
    }

    @Test
    void preTickedPurposesAreRecordedCheckedAndSwitchedOffOnRefusal() {
        String url = open(FixtureSite.FINANCIEEL_ADVIES_PETERS);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, ScreenshotTaker.NONE);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(seen.detector()).isEqualTo("consent-o-matic:klaro");
        assertThat(seen.toggles())
                .extracting(BannerToggle::label, BannerToggle::checked)
                .contains(tuple("Statistieken", true), tuple("Marketing", true));
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.layer()).isEqualTo(2);
        assertThat(choice.interactions()).isGreaterThanOrEqualTo(4);
        String klaro = page.context().cookies().stream()
                .filter(c -> c.name.equals("klaro"))
                .map(c -> java.net.URLDecoder.decode(c.value, java.nio.charset.StandardCharsets.UTF_8))
                .findFirst()
                .orElse("");
        assertThat(klaro).contains(":false").doesNotContain(":true");
    }

    @Test
    void aHomeMadeBannerInAnOpenShadowRoot() {
        String url = open(FixtureSite.AUTOBEDRIJF_MEIJER);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(seen.location()).isEqualTo(BannerLocation.SHADOW_ROOT);
        assertThat(seen.detector()).isEqualTo("generic");
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.steps()).containsExactly("Weigeren");
    }

    @Test
    void aCookieWallWithoutRefusalAndWithdrawNeverNavigatesAway() {
        String url = open(FixtureSite.SPORTSCHOOL_KRACHT);

        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        ConsentChoice refused = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);
        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(seen.blocksPage()).isTrue();
        assertThat(refused.outcome()).isEqualTo(ChoiceOutcome.NO_CONTROL);
        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.outcome()).isEqualTo(ChoiceOutcome.NO_CONTROL);
        assertThat(withdrawn.steps()).isEmpty();
        assertThat(page.url()).isEqualTo(url);
    }

    @Test
    void tarteaucitronWithdrawnThroughItsPersistentIcon() {
        String url = open(FixtureSite.KINDEROPVANG_ZONNESTRAAL);

        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.note()).startsWith("the choice was reopened through the control");
        assertThat(withdrawn.note(nl.cookiekeur.text.Language.DUTCH)).startsWith("de keuze is heropend via de knop");
        assertThat(withdrawn.steps()).contains("Weiger alle cookies");
    }

    @Test
    void aSiteWithoutBanner() {
        String url = open(FixtureSite.FIETSENWINKEL_DEVRIES);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, ScreenshotTaker.NONE);

        assertThat(seen.found()).isFalse();
        assertThat(seen.location()).isNull();
    }
}
