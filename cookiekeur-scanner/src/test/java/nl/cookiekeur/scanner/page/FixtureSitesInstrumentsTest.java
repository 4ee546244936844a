package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instruments on the fixture sites (HTTPS, real npm libraries, vendor stand-ins). */
class FixtureSitesInstrumentsTest {

    private static FixtureServer server;
    private static TestBrowser browser;
    private final PageInstruments instruments = new PageInstruments();

    @BeforeAll
    static void start() throws IOException {
        server = FixtureServer.start();
        browser = TestBrowser.launch(server.hostRules());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void trackersWithoutBannerAreNamedAsTheirCookiesSetters() {
        String url = server.url(FixtureSite.FIETSENWINKEL_DEVRIES).toString();
        Page page = browser.open(url);
        PageObservations seen;
        try {
            page.waitForFunction("() => document.cookie.includes('_ga=') && document.cookie.includes('_fbp=')");
            seen = instruments.collect(page, Phase.INITIAL, url);
        } finally {
            page.close();
        }

        assertThat(seen.cookieSetters())
                .containsEntry("_ga", "https://www.googletagmanager.com/gtag/js?id=G-DEVRIES01")
                .containsEntry("_fbp", "https://connect.facebook.net/en_US/fbevents.js");
        assertThat(seen.consentSignals()).noneMatch(s -> s.kind() == ConsentSignalKind.TCF);
    }

    @Test
    void acceptingTheRealBannerWritesItsConsentCookieAndReleasesPostHogStorage() {
        String url = server.url(FixtureSite.BAKKERIJ_JANSEN).toString();
        Page page = browser.open(url);
        PageObservations before;
        PageObservations after;
        try {
            before = instruments.collect(page, Phase.INITIAL, url);
            page.getByText("Alles accepteren").first().click();
            page.waitForFunction("() => Object.keys(localStorage).some(k => k.startsWith('ph_'))");
            after = instruments.collect(page, Phase.ACCEPT, url);
        } finally {
            page.close();
        }

        assertThat(before.consentSignals()).noneMatch(s -> s.source().equals("cc_cookie"));
        assertThat(after.consentSignals())
                .filteredOn(s ->
                        s.kind() == ConsentSignalKind.CMP_STORAGE && s.source().equals("cc_cookie"))
                .singleElement()
                .satisfies(signal -> {
                    assertThat(signal.phase()).isEqualTo(Phase.ACCEPT);
                    assertThat(signal.decoded())
                            .containsEntry("platform", "vanilla-cookieconsent")
                            .containsEntry(
                                    "script",
                                    "https://cdn.jsdelivr.net/npm/vanilla-cookieconsent@3.1.0/dist/cookieconsent.umd.js");
                    assertThat(signal.raw()).contains("analytics");
                });
        assertThat(after.storage())
                .filteredOn(
                        s -> s.kind() == StorageKind.LOCAL_STORAGE && s.key().startsWith("ph_"))
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.origin()).isEqualTo("https://" + FixtureSite.BAKKERIJ_JANSEN.host());
                    assertThat(s.setterScript())
                            .isEqualTo("https://cdn.jsdelivr.net/npm/posthog-js@1.449.2/dist/array.full.js");
                });
        assertThat(after.cookieSetters())
                .hasEntrySatisfying("cc_cookie", script -> assertThat(script).endsWith("/cookieconsent.umd.js"));
        assertThat(after.cookieSetters())
                .containsEntry(
                        "ph_phc_bakkerijJansenFixture0001_posthog",
                        "https://cdn.jsdelivr.net/npm/posthog-js@1.449.2/dist/array.full.js");
    }
}
