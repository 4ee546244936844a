package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.Page;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
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
 * A banner whose refusal is only in its settings layer, with a pre-ticked purpose and a legitimate-interest switch;
 * the page keeps the saved choice in {@code window.saved} and a footer link reopens the choice.
 */
@Tag("chromium")
class SettingsLayerTest {

    private static final String PAGE = "<!doctype html><html lang=nl><head><style>"
            + ".layer{position:fixed;left:10%;right:10%;bottom:20px;background:#fff;padding:16px;z-index:50;"
            + "border:1px solid #999}.hidden{display:none}</style></head><body><h1>Fietsenwinkel</h1>"
            + "<footer><a href=# id=reopen>Cookie-instellingen</a></footer>"
            + "<div class=layer id=first><p>Wij en derde partijen gebruiken cookies voor analyse en marketing.</p>"
            + "<button id=ok>Akkoord</button> <button id=prefs>Voorkeuren</button></div>"
            + "<div class='layer hidden' id=second role=dialog><h2>Cookievoorkeuren</h2>"
            + "<label><input type=checkbox id=nec checked disabled> Noodzakelijk</label><br>"
            + "<label><input type=checkbox id=stats checked> Statistieken</label><br>"
            + "<label><input type=checkbox id=ads> Marketing</label><br>"
            + "<div><span>Gerechtvaardigd belang: productontwikkeling</span>"
            + " <span role=switch id=li aria-checked=true tabindex=0>aan</span></div>"
            + "<button id=save>Keuze opslaan</button> <button id=close aria-label=Sluiten>×</button></div>"
            + "<script>const $ = (id) => document.getElementById(id);"
            + "const show = (el, on) => el.classList.toggle('hidden', !on);"
            + "$('li').onclick = () => $('li').setAttribute('aria-checked',"
            + " $('li').getAttribute('aria-checked') === 'true' ? 'false' : 'true');"
            + "$('ok').onclick = () => { window.saved = {stats: true, ads: true, li: true}; show($('first'), false); };"
            + "$('prefs').onclick = () => { show($('first'), false); show($('second'), true); };"
            + "$('close').onclick = () => { show($('second'), false); show($('first'), !window.saved); };"
            + "document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('second').classList"
            + ".contains('hidden')) $('close').onclick(); });"
            + "$('save').onclick = () => { window.saved = {stats: $('stats').checked, ads: $('ads').checked,"
            + " li: $('li').getAttribute('aria-checked') === 'true'}; show($('second'), false); };"
            + "$('reopen').onclick = (e) => { e.preventDefault(); show($('second'), true); };"
            + "</script></body></html>";

    private static TestBrowser browser;
    private static TestPages pages;
    private static String url;
    private Page page;

    @BeforeAll
    static void start() {
        browser = TestBrowser.launch();
        pages = new TestPages();
        url = pages.put("/fietsen", PAGE);
    }

    @AfterAll
    static void stop() {
        pages.close();
        browser.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
        page.navigate(url);
    }

    @AfterEach
    void closePage() {
        TestBrowser.closeContext(page);
    }

    @Test
    void recordsTheSettingsLayerWithPreTickedTogglesAndClosesItWithoutSaving() {
        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, (p, moment) -> moment);

        assertThat(seen.settingsLayerOpened()).isTrue();
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(tuple("Akkoord", ControlRole.ACCEPT), tuple("Voorkeuren", ControlRole.SETTINGS));
        assertThat(seen.layer(2))
                .extracting(BannerControl::role)
                .contains(ControlRole.SAVE, ControlRole.CLOSE)
                .doesNotContain(ControlRole.REJECT);
        assertThat(seen.toggles())
                .extracting(
                        BannerToggle::layer,
                        BannerToggle::label,
                        BannerToggle::checked,
                        BannerToggle::disabled,
                        BannerToggle::legitimateInterest)
                .containsExactly(
                        tuple(2, "Noodzakelijk", true, true, false),
                        tuple(2, "Statistieken", true, false, false),
                        tuple(2, "Marketing", false, false, false),
                        tuple(2, "Gerechtvaardigd belang: productontwikkeling aan", true, false, true));
        assertThat(page.evaluate("window.saved === undefined")).isEqualTo(true);
        assertThat(page.isVisible("#first")).isTrue();
        assertThat(page.isVisible("#second")).isFalse();
    }

    @Test
    void rejectsInTheSettingsLayerWhenTheFirstLayerHasNoRefusal() {
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, (p, moment) -> moment + ".png");

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.layer()).isEqualTo(2);
        assertThat(choice.steps()).containsExactly("Voorkeuren", "Keuze opslaan");
        assertThat(choice.interactions()).isEqualTo(4);
        assertThat(choice.screenshot()).isEqualTo("after-choice.png");
        assertThat(page.evaluate("JSON.stringify(window.saved)"))
                .isEqualTo("{\"stats\":false,\"ads\":false,\"li\":false}");
    }

    @Test
    void acceptsOnTheFirstLayerAndThenWithdrawsThroughTheFooterLink() {
        ConsentChoice accepted = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);
        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, url, ScreenshotTaker.NONE);

        assertThat(accepted.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(withdrawn.steps()).containsExactly("Cookie-instellingen", "Keuze opslaan");
        assertThat(withdrawn.layer()).isEqualTo(2);
        assertThat(withdrawn.note()).contains("Cookie-instellingen");
        assertThat(page.evaluate("JSON.stringify(window.saved)"))
                .isEqualTo("{\"stats\":false,\"ads\":false,\"li\":false}");
    }

    @Test
    void withdrawFindsNothingToReopenOnAPageWithoutAControl() {
        String plain = pages.put(
                "/gone",
                "<!doctype html><html><body><h1>Klaar</h1><footer><a href=/privacy>Privacyverklaring</a>"
                        + "</footer></body></html>");
        page.navigate(plain);

        ConsentChoice withdrawn = BannerOperator.shipped().withdraw(page, Phase.WITHDRAW, plain, ScreenshotTaker.NONE);

        assertThat(withdrawn.outcome()).isEqualTo(ChoiceOutcome.NO_CONTROL);
        assertThat(withdrawn.layer()).isZero();
        assertThat(withdrawn.steps()).isEmpty();
    }
}
