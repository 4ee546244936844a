package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instruments on the fixture sites (HTTPS, real npm libraries, vendor stand-ins). */
@FixtureSites
class FixtureSitesInstrumentsTest {

    private static FixtureServer server;
    private static TestBrowser browser;
    private final PageInstruments instruments = new PageInstruments();

    @BeforeAll
    static void start(FixtureServer shared) throws IOException {
        server = shared;
        browser = TestBrowser.launch(server.hostRules());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {}
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

    private PageObservations observe(FixtureSite site, String readyWhen) {
        String url = server.url(site).toString();
        Page page = browser.open(url);
        try {
            page.waitForFunction(readyWhen);
            return instruments.collect(page, Phase.INITIAL, url);
        } finally {
            page.close();
        }
    }

    @Test
    void fingerprintingShopIsFlaggedForEveryTechniqueFromFingerprintJs() {
        PageObservations seen =
                observe(FixtureSite.WEBWINKEL_DE_BOER, "() => document.documentElement.hasAttribute('data-bezoeker')");

        assertThat(seen.fingerprinting())
                .allSatisfy(call -> assertThat(call.script())
                        .isEqualTo("https://cdn.jsdelivr.net/npm/@fingerprintjs/fingerprintjs@5.2.0/dist/fp.min.js"))
                .extracting(FingerprintCall::technique)
                .containsExactlyInAnyOrder(FingerprintTechnique.values());
        assertThat(seen.storage()).isEmpty();
        // FingerprintJS probes cookie support with a cookie it deletes at once; nothing else is written
        assertThat(seen.cookieSetters()).containsOnlyKeys("cookietest");
    }

    @Test
    void weatherChartReadBackIsNotFingerprinting() {
        PageObservations seen = observe(FixtureSite.WEERSTATION_HOORN, "() => document.readyState === 'complete'");

        assertThat(seen.fingerprinting()).isEmpty();
        assertThat(seen.problems()).isEmpty();
    }

    @Test
    void tarteaucitronConsentModeDefaultAndItsConsentCookieAreSignalled() {
        PageObservations seen = observe(
                FixtureSite.KINDEROPVANG_ZONNESTRAAL,
                "() => document.cookie.includes('tarteaucitron=') && Array.isArray(window.dataLayer)");

        assertThat(seen.consentSignals())
                .filteredOn(s -> s.kind() == ConsentSignalKind.GOOGLE_CONSENT_MODE)
                .first()
                .satisfies(signal -> assertThat(signal.decoded())
                        .containsEntry("command", "default")
                        .containsEntry("analytics_storage", "denied")
                        .containsEntry("ad_storage", "denied")
                        .containsEntry(
                                "script", "https://cdn.jsdelivr.net/npm/tarteaucitronjs@1.34.0/tarteaucitron.js"));
        assertThat(seen.consentSignals())
                .filteredOn(s -> s.kind() == ConsentSignalKind.CMP_STORAGE)
                .extracting(s -> s.source(), s -> s.decoded().get("platform"))
                .contains(org.assertj.core.groups.Tuple.tuple("tarteaucitron", "tarteaucitron.js"));
    }
}
