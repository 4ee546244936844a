package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Pages that misbehave: the operator stays bounded and records what happened instead of failing. */
@Tag("chromium")
class HostilePageTest {

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
    void aLargePageIsSearchedWithinTheBoundAndItsLateBannerTextIsBounded() {
        String url = pages.put(
                "/huge",
                "<!doctype html><html><body><div id=g></div><script>"
                        + "const g = document.getElementById('g');"
                        + "for (let i = 0; i < 20000; i++) { const d = document.createElement('div');"
                        + " d.textContent = 'rij ' + i; g.append(d); }"
                        + "const b = document.createElement('div'); b.style.cssText = 'position:fixed;bottom:0;"
                        + "background:#fff'; b.innerHTML = '<p>Wij gebruiken cookies. ' + 'Heel veel tekst. '.repeat(2000)"
                        + " + '</p><button>Akkoord</button>'; document.body.prepend(b);</script></body></html>");
        page.navigate(url);

        long start = System.nanoTime();
        BannerObservation seen =
                BannerOperator.shipped().observe(page, Phase.INITIAL, url, false, ScreenshotTaker.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(seen.found()).isTrue();
        assertThat(seen.text()).hasSizeLessThanOrEqualTo(BannerOperator.MAX_TEXT);
        assertThat(ms).isLessThan(BannerOperator.FIND.maxMs() + 3000);
    }

    @Test
    void aButtonThatDoesNothingIsRecordedAsFailedNotThrown() {
        String url = pages.put(
                "/stuck",
                "<!doctype html><html><body><div style='position:fixed;bottom:0;background:#fff'>"
                        + "<p>Wij gebruiken cookies voor marketing.</p>"
                        + "<button onclick=\"throw new Error('kapot')\">Weigeren</button>"
                        + "<button>Accepteren</button></div></body></html>");
        page.navigate(url);

        ConsentChoice choice = BannerOperator.shipped().reject(page, Phase.REJECT, url, ScreenshotTaker.NONE);

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.FAILED);
        assertThat(choice.steps()).containsExactly("Weigeren", "Weigeren");
        assertThat(choice.note()).contains("still visible");
    }

    @Test
    void aChoiceThatReloadsThePageCountsAsMade() {
        String url = pages.put(
                "/reload",
                "<!doctype html><html><body><div id=b style='position:fixed;bottom:0;background:#fff'>"
                        + "<p>Deze website gebruikt cookies.</p><button id=ok>Alles accepteren</button></div><script>"
                        + "if (sessionStorage.getItem('keuze')) document.getElementById('b').remove();"
                        + "document.getElementById('ok').onclick = () => { sessionStorage.setItem('keuze', 'ja');"
                        + " location.reload(); };</script></body></html>");
        page.navigate(url);

        ConsentChoice choice = BannerOperator.shipped().accept(page, Phase.ACCEPT, url, ScreenshotTaker.NONE);

        assertThat(choice.outcome()).isEqualTo(ChoiceOutcome.MADE);
        assertThat(choice.steps()).containsExactly("Alles accepteren");
    }
}
