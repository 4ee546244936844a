package nl.cookiekeur.scanner.banner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerEventKind;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The banner watcher over time on the issue-12 fixture sites, in real Chromium. */
@FixtureSites
class BannerWatchTest {

    private static FixtureServer server;
    private static TestBrowser browser;
    private final List<String> shots = new ArrayList<>();
    private Page page;
    private BannerWatch watch;

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
        // a real screenshot inside the binding call: the banner is still on screen
        watch = new BannerWatch(Phase.INITIAL, (p, moment) -> {
            shots.add(moment + ":" + p.screenshot().length);
            return "screenshots/" + moment + ".png";
        });
        watch.install(page.context());
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
    void aBannerThatClosesItselfIsRecordedWithItsTimerAndTheConsentItStored() {
        String url = open(FixtureSite.IJSSALON_VENEZIA);
        page.waitForTimeout(4200);

        List<BannerEvent> events = watch.drain();

        assertThat(events)
                .extracting(BannerEvent::kind)
                .containsExactly(BannerEventKind.APPEARED, BannerEventKind.DISAPPEARED);
        BannerEvent appeared = events.get(0);
        BannerEvent gone = events.get(1);
        assertThat(appeared.candidate()).isEqualTo("div#cookie-melding");
        assertThat(appeared.text()).contains("gebruikt cookies");
        assertThat(appeared.screenshot()).isEqualTo("screenshots/banner-watch.png");
        assertThat(shots).singleElement().asString().startsWith("banner-watch:");
        assertThat(appeared.locksPage()).isFalse();
        assertThat(gone.removal()).isEqualTo(BannerRemoval.TIMER);
        assertThat(gone.atMillis() - appeared.atMillis()).isBetween(2500L, 3600L);
        assertThat(gone.consentWritten()).containsExactly("cookieconsent_status");
        assertThat(gone.removedWithoutClick()).isTrue();
        assertThat(watch.vanishedOn(url)).contains(gone);
    }

    @Test
    void aBannerRemovedByTheFirstScrollIsRecordedAsRemovedByScrolling() {
        String url = open(FixtureSite.LIJSTENMAKERIJ_RAAM);
        page.waitForTimeout(900);
        page.evaluate("window.scrollBy(0, 600)");
        page.waitForTimeout(500);

        List<BannerEvent> events = watch.drain();

        assertThat(events)
                .extracting(BannerEvent::kind)
                .containsExactly(BannerEventKind.APPEARED, BannerEventKind.DISAPPEARED);
        assertThat(events.get(1).removal()).isEqualTo(BannerRemoval.SCROLL);
        assertThat(events.get(1).consentWritten()).containsExactly("cookies_akkoord");
        assertThat(watch.vanishedOn(url)).isPresent();
    }

    @Test
    void aBannerClosedByAClickIsRecordedAsTheVisitorsClickNotAsVanishing() {
        String url = open(FixtureSite.LIJSTENMAKERIJ_RAAM);
        page.waitForTimeout(900);
        page.click("button.cookiebalk-akkoord");
        page.waitForTimeout(400);

        List<BannerEvent> events = watch.drain();

        assertThat(events).last().extracting(BannerEvent::removal).isEqualTo(BannerRemoval.CLICK);
        assertThat(events.getLast().removedWithoutClick()).isFalse();
        assertThat(watch.vanishedOn(url)).isEmpty();
    }

    @Test
    void aPageLockingConsentLibraryIsSeenAsLockedAndReleasedAfterTheChoice() {
        open(FixtureSite.MUSEUM_HET_ANKER);
        page.waitForTimeout(1500);
        List<BannerEvent> shown = watch.drain();
        page.click("button[data-role=necessary]");
        page.waitForTimeout(800);
        List<BannerEvent> after = watch.drain();

        assertThat(shown).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(BannerEventKind.APPEARED);
            assertThat(e.wallSignals()).contains("overlay", "scroll-lock");
            assertThat(e.locksPage()).isTrue();
        });
        assertThat(after).singleElement().satisfies(e -> {
            assertThat(e.removal()).isEqualTo(BannerRemoval.CLICK);
            assertThat(e.wallSignals()).contains("released");
        });
    }

    @Test
    void aBottomBarOnAUsablePageIsNotLocked() {
        open(FixtureSite.BAKKERIJ_JANSEN);
        page.waitForTimeout(1500);

        assertThat(watch.drain()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(BannerEventKind.APPEARED);
            assertThat(e.locksPage()).isFalse();
        });
    }

    @Test
    void aCookieWallIsSeenAsLocked() {
        open(FixtureSite.SPORTSCHOOL_KRACHT);
        page.waitForTimeout(1200);

        assertThat(watch.drain()).singleElement().satisfies(e -> {
            assertThat(e.candidate()).isEqualTo("div#cookiemuur");
            assertThat(e.locksPage()).isTrue();
        });
    }

    @Test
    void aBannerStillShowingWhenTheScannerLeavesIsRemovedByTheNavigation() {
        open(FixtureSite.SPORTSCHOOL_KRACHT);
        page.waitForTimeout(1200);
        watch.leaving(page);
        page.navigate(server.url(FixtureSite.DICHTERSGILDE).toString());

        assertThat(watch.drain())
                .extracting(BannerEvent::kind, BannerEvent::removal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BannerEventKind.APPEARED, BannerRemoval.NONE),
                        org.assertj.core.groups.Tuple.tuple(BannerEventKind.DISAPPEARED, BannerRemoval.NAVIGATION));
    }

    @Test
    void onlyConsentLikeNamesCountAsAConsentRecord() {
        assertThat(watch.consentNames(
                        List.of("_ga", "cc_cookie", "meijer_toestemming", "cookies_akkoord", "PHPSESSID")))
                .containsExactly("cc_cookie", "meijer_toestemming", "cookies_akkoord");
    }
}
