package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instruments in real Chromium, on small pages whose scripts come from named hosts. */
class PageInstrumentsTest {

    static final String SHOP = "www.winkel.example";
    static final String FP = "cdn.fp.example";
    static final String TRACKER = "cdn.tracker.example";
    static final String WIDGET = "frame.widget.example";

    private static TestSites sites;
    private static TestBrowser browser;
    private final PageInstruments instruments = new PageInstruments();

    @BeforeAll
    static void start() throws IOException {
        sites = TestSites.start();
        TestPages.register(sites);
        browser = TestBrowser.launch(sites.hostRules(SHOP, FP, TRACKER, WIDGET, "cdn.jsdelivr.net"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (sites != null) {
            sites.close();
        }
    }

    private PageObservations visit(String path) {
        String url = TestSites.url(SHOP, path);
        Page page = browser.open(url);
        try {
            return instruments.collect(page, Phase.INITIAL, url);
        } finally {
            page.close();
        }
    }

    private static List<FingerprintCall> of(PageObservations seen, FingerprintTechnique technique) {
        return seen.fingerprinting().stream()
                .filter(f -> f.technique() == technique)
                .toList();
    }

    @Test
    void canvasFingerprintIsFlaggedWithItsScript() {
        PageObservations seen = visit("/canvas.html");

        assertThat(of(seen, FingerprintTechnique.CANVAS)).singleElement().satisfies(call -> {
            assertThat(call.script()).isEqualTo(TestSites.url(FP, "/canvas-fp.js"));
            assertThat(call.detail()).contains("toDataURL 240x60");
            assertThat(call.phase()).isEqualTo(Phase.INITIAL);
            assertThat(call.pageUrl()).isEqualTo(TestSites.url(SHOP, "/canvas.html"));
        });
    }

    @Test
    void chartNotReadBackAndLossyExportAreNotFlagged() {
        PageObservations seen = visit("/chart.html");

        assertThat(seen.fingerprinting()).isEmpty();
        assertThat(seen.problems()).isEmpty();
    }

    @Test
    void webglAudioFontsAndDevicePropertiesAreFlaggedWithTheirScripts() {
        PageObservations seen = visit("/probes.html");

        assertThat(of(seen, FingerprintTechnique.WEBGL))
                .extracting(FingerprintCall::script)
                .containsExactly(TestSites.url(FP, "/webgl.js"));
        assertThat(of(seen, FingerprintTechnique.AUDIO))
                .extracting(FingerprintCall::script)
                .containsExactly(TestSites.url(FP, "/audio.js"));
        assertThat(of(seen, FingerprintTechnique.FONTS))
                .extracting(FingerprintCall::script)
                .containsExactlyInAnyOrder(TestSites.url(FP, "/fonts-dom.js"), TestSites.url(FP, "/fonts-canvas.js"));
        assertThat(of(seen, FingerprintTechnique.DEVICE_PROPERTIES))
                .extracting(FingerprintCall::script)
                .containsExactly(TestSites.url(FP, "/device.js"));
    }

    @Test
    void cookieWritesAreAttributedToTheWritingScript() {
        PageObservations seen = visit("/cookies.html");

        assertThat(seen.cookieSetters())
                .containsEntry("shop_pref", TestSites.url(SHOP, "/prefs.js"))
                .containsEntry("_trk", TestSites.url(TRACKER, "/t.js"))
                .containsEntry("inline_c", TestSites.url(SHOP, "/cookies.html"))
                .containsEntry("cs_cookie", TestSites.url(TRACKER, "/t.js"));
    }

    @Test
    void cookieWritesKeepTheExpiryTheyAskedFor() {
        Instant before = Instant.now();
        PageObservations seen = visit("/cookies.html");

        assertThat(seen.cookieExpiries().get("_trk"))
                .isBetween(
                        before.plus(Duration.ofDays(365)),
                        before.plus(Duration.ofDays(365).plusMinutes(5)));
        assertThat(seen.cookieExpiries().get("_trk2y"))
                .isBetween(
                        before.plus(Duration.ofDays(729)),
                        before.plus(Duration.ofDays(730).plusMinutes(5)));
        assertThat(seen.cookieExpiries()).doesNotContainKeys("inline_c", "shop_pref");
    }

    @Test
    void storageInTheMainFrameAndInAnIframeOfAnotherOrigin() {
        PageObservations seen = visit("/storage.html");

        assertThat(seen.storage())
                .extracting(StorageEntry::kind, StorageEntry::origin, StorageEntry::key, StorageEntry::setterScript)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                StorageKind.LOCAL_STORAGE,
                                "http://" + SHOP,
                                "main_key",
                                TestSites.url(SHOP, "/store.js")),
                        org.assertj.core.groups.Tuple.tuple(
                                StorageKind.SESSION_STORAGE,
                                "http://" + SHOP,
                                "sess_key",
                                TestSites.url(SHOP, "/store.js")),
                        org.assertj.core.groups.Tuple.tuple(
                                StorageKind.LOCAL_STORAGE,
                                "http://" + WIDGET,
                                "widget_key",
                                TestSites.url(WIDGET, "/widget.js")),
                        org.assertj.core.groups.Tuple.tuple(
                                StorageKind.INDEXED_DB,
                                "http://" + WIDGET,
                                "widget-db",
                                TestSites.url(WIDGET, "/widget.js")));
        StorageEntry main = seen.storage().stream()
                .filter(s -> s.key().equals("main_key"))
                .findFirst()
                .orElseThrow();
        assertThat(main.valuePreview()).isEqualTo("{\"visits\":3}");
        assertThat(main.valueLength()).isEqualTo(12);
    }

    @Test
    void tcfStubStringIsDecoded() {
        PageObservations seen = visit("/tcf.html");

        assertThat(seen.consentSignals())
                .filteredOn(s -> s.kind() == ConsentSignalKind.TCF)
                .singleElement()
                .satisfies(signal -> {
                    assertThat(signal.raw()).isEqualTo(TestPages.TC_STRING);
                    assertThat(signal.decoded())
                            .containsEntry("version", "2")
                            .containsEntry("cmpId", "21")
                            .containsEntry("cmpVersion", "7")
                            .containsEntry("consentLanguage", "EN")
                            .containsEntry("vendorListVersion", "23")
                            .containsEntry("purposesConsent", "1,3,9,10")
                            .containsEntry("vendorsConsent", "56")
                            .containsEntry("created", "2008-12-07T10:04:17.700Z")
                            .containsEntry("gdprApplies", "true")
                            .containsEntry("eventStatus", "tcloaded");
                });
    }

    @Test
    void googleConsentModeDefaultAndUpdateAreCaptured() {
        PageObservations seen = visit("/gcm.html");

        List<ConsentSignal> modes = seen.consentSignals().stream()
                .filter(s -> s.kind() == ConsentSignalKind.GOOGLE_CONSENT_MODE)
                .toList();
        assertThat(modes).extracting(s -> s.decoded().get("command")).containsExactly("default", "update");
        assertThat(modes.get(0).decoded())
                .containsEntry("ad_storage", "denied")
                .containsEntry("analytics_storage", "denied")
                .containsEntry("script", TestSites.url(SHOP, "/consent.js"));
        assertThat(modes.get(1).decoded()).containsEntry("analytics_storage", "granted");
        assertThat(seen.consentSignals())
                .filteredOn(s -> s.kind() == ConsentSignalKind.CMP_STORAGE)
                .extracting(ConsentSignal::source, s -> s.decoded().get("store"))
                .contains(org.assertj.core.groups.Tuple.tuple("cc_cookie", "cookie"));
        assertThat(seen.consentSignals())
                .filteredOn(s -> s.source().equals("cc_cookie"))
                .extracting(ConsentSignal::decoded)
                .containsExactly(Map.of(
                        "store", "cookie",
                        "platform", "vanilla-cookieconsent",
                        "via", "document.cookie",
                        "writes", "1",
                        "deleted", "false",
                        "script", TestSites.url(SHOP, "/consent.js")));
    }

    @Test
    void theSiteSeesNativeFunctionsAndCannotBreakTheInstruments() {
        String url = TestSites.url(SHOP, "/hostile.html");
        Page page = browser.open(url);
        PageObservations seen;
        Map<String, String> results = new java.util.HashMap<>();
        try {
            for (String name : List.of("todataurl", "cookiesetter", "tostringitself", "getter", "name", "ownkeys")) {
                results.put(name, page.locator("html").getAttribute("data-" + name));
            }
            seen = instruments.collect(page, Phase.INITIAL, url);
        } finally {
            page.close();
        }

        assertThat(results)
                .containsEntry("todataurl", "function toDataURL() { [native code] }")
                .containsEntry("cookiesetter", "function set cookie() { [native code] }")
                .containsEntry("tostringitself", "function toString() { [native code] }")
                .containsEntry("getter", "function get hardwareConcurrency() { [native code] }")
                .containsEntry("name", "toDataURL/4")
                .containsEntry("ownkeys", "");
        assertThat(of(seen, FingerprintTechnique.CANVAS))
                .extracting(FingerprintCall::script)
                .containsExactly(TestSites.url(FP, "/canvas-fp.js"));
        assertThat(of(seen, FingerprintTechnique.DEVICE_PROPERTIES))
                .extracting(FingerprintCall::script)
                .containsExactly(TestSites.url(FP, "/device.js"));
        assertThat(seen.storage())
                .filteredOn(s -> s.key().equals("hostile_key"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.valuePreview()).isEqualTo("x");
                    assertThat(s.setterScript()).isEqualTo(TestSites.url(SHOP, "/hostile.js"));
                });
        assertThat(seen.problems()).isEmpty();
    }

    @Test
    void realFingerprintJsIsFlaggedForCanvasAndMoreWithItsCdnUrl() {
        String url = TestSites.url(SHOP, "/fingerprintjs.html");
        Page page = browser.open(url);
        PageObservations seen;
        try {
            page.waitForFunction("() => typeof window.__visitor === 'string'");
            seen = instruments.collect(page, Phase.INITIAL, url);
        } finally {
            page.close();
        }

        assertThat(seen.fingerprinting())
                .allSatisfy(call -> assertThat(call.script()).isEqualTo(TestPages.FINGERPRINTJS))
                .extracting(FingerprintCall::technique)
                .containsExactlyInAnyOrder(FingerprintTechnique.values());
        assertThat(of(seen, FingerprintTechnique.CANVAS))
                .singleElement()
                .satisfies(call -> assertThat(call.detail()).startsWith("toDataURL 240x60"));
    }

    @Test
    void aFrozenPageGivesAProblemWithinTheTimeLimitInsteadOfHanging() {
        String url = TestSites.url(SHOP, "/frozen.html");
        Page page = browser.open(url);
        PageObservations seen;
        long millis;
        try {
            page.waitForTimeout(600);
            long start = System.nanoTime();
            seen = instruments.collect(page, Phase.INITIAL, url);
            millis = (System.nanoTime() - start) / 1_000_000;
        } finally {
            page.close();
        }

        assertThat(seen.problems())
                .singleElement()
                .satisfies(note -> assertThat(note.text(Language.DUTCH)).contains("antwoordde niet binnen 3000 ms"));
        assertThat(seen.storage()).isEmpty();
        assertThat(millis).isLessThan(PageInstruments.PAGE_BUDGET_MS + 2_000);
    }

    @Test
    void consentSignalsAreReportedOnceEvenWhenCollectedTwice() {
        String url = TestSites.url(SHOP, "/gcm.html");
        Page page = browser.open(url);
        PageObservations first;
        PageObservations second;
        PageObservations third;
        try {
            page.waitForFunction("() => window.dataLayer.length >= 4 && window.__pushed === 2");
            first = instruments.collect(page, Phase.ACCEPT, url);
            second = instruments.collect(page, Phase.ACCEPT, url);
            page.evaluate("() => { gtag('consent', 'update', { ad_storage: 'granted' }); "
                    + "document.cookie = 'cc_cookie=changed; path=/'; }");
            third = instruments.collect(page, Phase.ACCEPT, url);
        } finally {
            page.close();
        }

        assertThat(first.consentSignals()).hasSize(3);
        assertThat(second.consentSignals()).isEmpty();
        assertThat(second.cookieSetters()).containsKey("cc_cookie");
        assertThat(third.consentSignals())
                .extracting(ConsentSignal::kind, ConsentSignal::raw)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                ConsentSignalKind.GOOGLE_CONSENT_MODE, "consent update {\"ad_storage\":\"granted\"}"),
                        org.assertj.core.groups.Tuple.tuple(ConsentSignalKind.CMP_STORAGE, "changed"));
    }
}
