package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerLocation;
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

/** Unknown banners found by the generic detector, in real Chromium on pages served over loopback HTTP. */
@Tag("chromium")
class GenericBannerTest {

    private static final String STYLE = "<style>body{font-family:sans-serif;margin:0}"
            + ".bar{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;z-index:1000;"
            + "box-shadow:0 0 8px #0004}.bar button{margin:4px;padding:8px 14px;font-size:15px}</style>";

    static final String DUTCH_BANNER = "<!doctype html><html lang=nl><head>" + STYLE + "</head><body>"
            + "<main><h1>Bakkerij De Korenschoof</h1><p>Vers brood, elke dag.</p></main>"
            + "<div class=bar id=notice><p>Wij gebruiken cookies voor statistieken en voor advertenties van onze"
            + " partners. Lees meer in onze <a href=/cookies>cookieverklaring</a>.</p>"
            + "<button id=acc style='background:#0a7d32;color:#fff;font-weight:700'>Alles accepteren</button>"
            + "<button id=rej>Weigeren</button><button id=set>Instellingen</button></div>"
            + "<script>for (const b of document.querySelectorAll('#notice button')) b.onclick = () => {"
            + " window.choice = b.id; if (b.id !== 'set') document.getElementById('notice').remove(); };</script>"
            + "</body></html>";

    private static TestBrowser browser;
    private static TestPages pages;
    private Page page;
    private final List<String> moments = new ArrayList<>();
    private final ScreenshotTaker shots = (p, moment) -> {
        moments.add(moment);
        return "screenshots/" + moment + ".png";
    };

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
    void describesADutchBannerWithItsControlsAndWording() {
        String url = pages.put("/nl", DUTCH_BANNER);
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, shots);

        assertThat(seen.found()).isTrue();
        assertThat(seen.detector()).isEqualTo("generic");
        assertThat(seen.cmp()).isNull();
        assertThat(seen.location()).isEqualTo(BannerLocation.MAIN_FRAME);
        assertThat(seen.language()).isEqualTo("nl");
        assertThat(seen.text()).contains("Wij gebruiken cookies");
        assertThat(seen.declaresPurposes()).isTrue();
        assertThat(seen.declaresParties()).isTrue();
        assertThat(seen.blocksPage()).isFalse();
        assertThat(seen.screenshot()).isEqualTo("screenshots/banner.png");
        assertThat(seen.layer(1))
                .extracting(BannerControl::text, BannerControl::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cookieverklaring", ControlRole.MORE_INFO),
                        org.assertj.core.groups.Tuple.tuple("Alles accepteren", ControlRole.ACCEPT),
                        org.assertj.core.groups.Tuple.tuple("Weigeren", ControlRole.REJECT),
                        org.assertj.core.groups.Tuple.tuple("Instellingen", ControlRole.SETTINGS));
        BannerControl link = seen.layer(1).getFirst();
        assertThat(link.inlineLink()).isTrue();
        assertThat(link.elementType()).isEqualTo("a");
        BannerControl accept = seen.layer(1).get(1);
        assertThat(accept.elementType()).isEqualTo("button");
        assertThat(accept.fontWeight()).isEqualTo(700);
        assertThat(accept.fontSizePx()).isEqualTo(15.0);
        assertThat(accept.color()).isEqualTo("rgb(255, 255, 255)");
        assertThat(accept.background()).isEqualTo("rgb(10, 125, 50)");
        assertThat(accept.contrastRatio()).isBetween(5.0, 5.6);
        assertThat(accept.insideBanner()).isTrue();
        assertThat(accept.width()).isGreaterThan(50);
    }

    @Test
    void rejectsOnTheFirstLayer() {
        String url = pages.put("/nl-reject", DUTCH_BANNER);
        page.navigate(url);

        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, shots);

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.layer()).isEqualTo(1);
        assertThat(choice.steps()).containsExactly("Weigeren");
        assertThat(choice.interactions()).isEqualTo(1);
        assertThat(choice.screenshot()).isEqualTo("screenshots/after-choice.png");
        assertThat(page.evaluate("window.choice")).isEqualTo("rej");
    }

    @Test
    void acceptsOnTheFirstLayer() {
        String url = pages.put("/nl-accept", DUTCH_BANNER);
        page.navigate(url);

        ConsentChoice choice = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, shots);

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.steps()).containsExactly("Alles accepteren");
        assertThat(page.evaluate("window.choice")).isEqualTo("acc");
    }

    @Test
    void findsABannerInAnOpenShadowRootAndRejectsThere() {
        String url = pages.put(
                "/shadow",
                "<!doctype html><html><body><h1>Shop</h1><cookie-notice></cookie-notice><script>"
                        + "customElements.define('cookie-notice', class extends HTMLElement { connectedCallback() {"
                        + " const root = this.attachShadow({mode: 'open'});"
                        + " root.innerHTML = `<div id=box style='position:fixed;bottom:0;left:0;right:0;"
                        + "background:#222;color:#eee;padding:12px'><p>We use cookies to measure visits and"
                        + " show advertising.</p><button id=a>Accept all</button> <button id=r>Reject all</button>"
                        + "</div>`;"
                        + " root.querySelector('#r').onclick = () => { window.choice = 'reject';"
                        + " root.querySelector('#box').remove(); };"
                        + " root.querySelector('#a').onclick = () => { window.choice = 'accept';"
                        + " root.querySelector('#box').remove(); }; } });</script></body></html>");
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, shots);
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, shots);

        assertThat(seen.location()).isEqualTo(BannerLocation.SHADOW_ROOT);
        assertThat(seen.language()).isEqualTo("en");
        assertThat(seen.layer(1))
                .extracting(BannerControl::role)
                .containsExactly(ControlRole.ACCEPT, ControlRole.REJECT);
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.steps()).containsExactly("Reject all");
        assertThat(page.evaluate("window.choice")).isEqualTo("reject");
    }

    @Test
    void findsABannerInsideAnIframe() {
        String frameUrl = pages.put(
                "/cmp-frame",
                "<!doctype html><html><body style='margin:0'><div style='position:fixed;inset:0;background:#fff'>"
                        + "<p>Deze site gebruikt cookies van derden voor marketing.</p><button>Akkoord</button>"
                        + "<button>Alleen noodzakelijke cookies</button></div></body></html>");
        String url = pages.put(
                "/with-frame",
                "<!doctype html><html><body><h1>Nieuws</h1><iframe src='" + frameUrl
                        + "' style='position:fixed;bottom:0;left:0;width:100%;height:160px;border:0'></iframe>"
                        + "</body></html>");
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, shots);

        assertThat(seen.location()).isEqualTo(BannerLocation.IFRAME);
        assertThat(seen.frameUrl()).isEqualTo(frameUrl);
        assertThat(seen.layer(1))
                .extracting(BannerControl::role)
                .containsExactly(ControlRole.ACCEPT, ControlRole.REJECT);
    }

    @Test
    void waitsForABannerThatAppearsLate() {
        String url = pages.put(
                "/late",
                "<!doctype html><html><body><h1>Laat</h1><script>setTimeout(() => {"
                        + " const d = document.createElement('div'); d.setAttribute('role', 'dialog');"
                        + " d.style.cssText = 'position:fixed;top:20px;left:20px;width:400px;background:#fff';"
                        + " d.innerHTML = '<p>Mogen wij cookies plaatsen?</p><button>Ja, prima</button>"
                        + "<button>Nee, liever niet</button>'; document.body.append(d); }, 1600);</script></body></html>");
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, shots);

        assertThat(seen.found()).isTrue();
        assertThat(seen.layer(1))
                .extracting(BannerControl::role)
                .containsExactly(ControlRole.ACCEPT, ControlRole.REJECT);
    }

    @Test
    void reportsNoBannerOnAPageWithoutOne() {
        String url = pages.put(
                "/plain",
                "<!doctype html><html><body><header style='position:sticky;top:0'><a href=/>Home</a>"
                        + " <a href=/privacy>Privacy</a></header><h1>Over ons</h1><p>Een gewone pagina.</p>"
                        + "<footer><a href=/cookies>Cookies</a></footer></body></html>");
        page.navigate(url);

        long start = System.nanoTime();
        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, true, shots);
        long ms = (System.nanoTime() - start) / 1_000_000;
        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, shots);

        assertThat(seen.found()).isFalse();
        assertThat(seen.detector()).isEmpty();
        assertThat(seen.controls()).isEmpty();
        assertThat(ms).isLessThan(BannerOperator.FIND.maxMs() + 1000);
        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.NO_BANNER);
        assertThat(moments).isEmpty();
    }

    @Test
    void detectsACookieWall() {
        String url = pages.put(
                "/wall",
                "<!doctype html><html><head><style>html,body{overflow:hidden;height:100%}</style></head><body>"
                        + "<h1>Krant</h1><p>Artikel.</p><div style='position:fixed;inset:0;background:#000c;z-index:9'>"
                        + "<div style='margin:120px auto;width:420px;background:#fff;padding:20px'>"
                        + "<p>Om deze site te bezoeken moet u cookies accepteren, of een abonnement nemen.</p>"
                        + "<button>Accepteren</button> <a href=/abonnement>Neem een abonnement</a></div></div>"
                        + "</body></html>");
        page.navigate(url);

        BannerObservation seen = BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, shots);

        assertThat(seen.found()).isTrue();
        assertThat(seen.blocksPage()).isTrue();
        assertThat(seen.layer(1)).extracting(BannerControl::role).doesNotContain(ControlRole.REJECT);
    }
}
