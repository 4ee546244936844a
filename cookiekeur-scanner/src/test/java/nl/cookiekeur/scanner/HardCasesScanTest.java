package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hard cases of issue 4 §7, each scanned once (initial phase, start page) in real Chromium against the
 * fixture sites, with the exact evidence expected.
 */
@FixtureSites
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HardCasesScanTest {
    private FixtureServer server;
    private final Map<FixtureSite, ScanEvidence> scans = new EnumMap<>(FixtureSite.class);

    @BeforeAll
    void scanTheSites(FixtureServer shared) throws Exception {
        server = shared;
        FixtureScans scanner = new FixtureScans(server);
        for (FixtureSite site : new FixtureSite[] {
            FixtureSite.KAPSALON_MULDER,
            FixtureSite.REISBUREAU_ZONNEVELD,
            FixtureSite.BOEKHANDEL_VISSER,
            FixtureSite.NOTARIS_BAKKER,
            FixtureSite.FIETSENWINKEL_DEVRIES,
            FixtureSite.WEBWINKEL_DE_BOER
        }) {
            scans.put(site, scanner.scan(site, 1, Phase.INITIAL));
        }
    }

    private ScanEvidence evidence(FixtureSite site) {
        return java.util.Objects.requireNonNull(scans.get(site), site.name());
    }

    private ObservedCookie cookie(FixtureSite site, String name) {
        return evidence(site).cookies(Phase.INITIAL).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " on " + site + ": "
                        + evidence(site).cookies().stream()
                                .map(ObservedCookie::name)
                                .toList()));
    }

    @Test
    void delayedCookieIsCaughtAndTimedAfterTheDelay() {
        ObservedCookie ga = cookie(FixtureSite.KAPSALON_MULDER, "_ga");
        PageVisit visit = evidence(FixtureSite.KAPSALON_MULDER).visits().getFirst();
        assertThat(ga.source()).isEqualTo(CookieSource.SCRIPT);
        assertThat(ga.setter()).startsWith("https://www.googletagmanager.com/gtag/js");
        assertThat(Duration.between(visit.startedAt(), ga.firstSeen())).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void scrollTriggeredTrackerIsCaught() {
        ScanEvidence evidence = evidence(FixtureSite.KAPSALON_MULDER);
        ObservedCookie fat = cookie(FixtureSite.KAPSALON_MULDER, "li_fat_id");
        assertThat(fat.domain()).isEqualTo(".kapsalon-mulder.nl");
        assertThat(fat.setter()).isEqualTo("https://snap.licdn.com/li.lms-analytics/insight.min.js");
        ObservedRequest pixel = evidence.requests(Phase.INITIAL).stream()
                .filter(r -> r.url().startsWith("https://px.ads.linkedin.com/collect/"))
                .findFirst()
                .orElseThrow();
        assertThat(pixel.trackingPixel()).isTrue();
        assertThat(pixel.thirdParty()).isTrue();
    }

    @Test
    void thirdPartyCookiesInsideAnIframeWithTheirAttributes() {
        ScanEvidence evidence = evidence(FixtureSite.REISBUREAU_ZONNEVELD);
        for (String name : new String[] {"YSC", "VISITOR_INFO1_LIVE"}) {
            ObservedCookie cookie = cookie(FixtureSite.REISBUREAU_ZONNEVELD, name);
            assertThat(cookie.domain()).isEqualTo(".youtube.com");
            assertThat(cookie.sameSite()).isEqualTo(SameSite.NONE);
            assertThat(cookie.secure()).isTrue();
            assertThat(cookie.partitionKey()).isNull(); // third-party cookies allowed, so not partitioned
            assertThat(cookie.source()).isEqualTo(CookieSource.HTTP);
            assertThat(cookie.setter()).startsWith("https://www.youtube.com/embed/");
        }
        assertThat(cookie(FixtureSite.REISBUREAU_ZONNEVELD, "YSC").session()).isTrue();
        assertThat(cookie(FixtureSite.REISBUREAU_ZONNEVELD, "VISITOR_INFO1_LIVE")
                        .session())
                .isFalse();
        ObservedRequest frame = evidence.requests(Phase.INITIAL).stream()
                .filter(r ->
                        r.resourceType().equals("document") && r.url().startsWith("https://www.youtube.com/embed/"))
                .findFirst()
                .orElseThrow();
        assertThat(frame.thirdParty()).isTrue();
        assertThat(frame.pageUrl()).isEqualTo("https://www.reisbureau-zonneveld.nl/");
    }

    @Test
    void trackingThroughLocalStorageOnly() {
        ScanEvidence evidence = evidence(FixtureSite.BOEKHANDEL_VISSER);
        assertThat(evidence.cookies(Phase.INITIAL)).isEmpty();
        assertThat(evidence.storage(Phase.INITIAL)).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(StorageKind.LOCAL_STORAGE);
            assertThat(entry.origin()).isEqualTo("https://www.boekhandel-visser.nl");
            assertThat(entry.key()).startsWith("mp_");
        });
    }

    @Test
    void httpCookiesAreAttributedToTheirResponse() {
        ObservedCookie session = cookie(FixtureSite.NOTARIS_BAKKER, "BAKKER_SESSIE");
        assertThat(session.source()).isEqualTo(CookieSource.HTTP);
        assertThat(session.setter()).isEqualTo("https://www.notaris-bakker.nl/");
        assertThat(session.httpOnly()).isTrue();
        assertThat(session.hostOnly()).isTrue();
        assertThat(session.sameSite()).isEqualTo(SameSite.LAX);
        assertThat(session.session()).isTrue();
        assertThat(evidence(FixtureSite.NOTARIS_BAKKER).requests(Phase.INITIAL)).noneMatch(ObservedRequest::thirdParty);
    }

    @Test
    void scriptCookiesAreAttributedToTheirScript() {
        ObservedCookie ga = cookie(FixtureSite.FIETSENWINKEL_DEVRIES, "_ga");
        assertThat(ga.source()).isEqualTo(CookieSource.SCRIPT);
        assertThat(ga.setter()).isEqualTo("https://www.googletagmanager.com/gtag/js?id=G-DEVRIES01");
        assertThat(cookie(FixtureSite.FIETSENWINKEL_DEVRIES, "_fbp").setter())
                .isEqualTo("https://connect.facebook.net/en_US/fbevents.js");
        ObservedCookie fr = cookie(FixtureSite.FIETSENWINKEL_DEVRIES, "fr");
        assertThat(fr.source()).isEqualTo(CookieSource.HTTP);
        assertThat(fr.setter()).startsWith("https://www.facebook.com/tr/");
    }

    @Test
    void initiatorsPixelsAndConsentModeParameters() {
        ScanEvidence evidence = evidence(FixtureSite.FIETSENWINKEL_DEVRIES);
        ObservedRequest gtag = evidence.requests(Phase.INITIAL).stream()
                .filter(r -> r.url().equals("https://www.googletagmanager.com/gtag/js?id=G-DEVRIES01"))
                .findFirst()
                .orElseThrow();
        assertThat(gtag.initiator()).isEqualTo("https://www.fietsenwinkel-devries.nl/trackers.js");
        assertThat(gtag.resourceType()).isEqualTo("script");
        ObservedRequest facebook = evidence.requests(Phase.INITIAL).stream()
                .filter(r -> r.url().startsWith("https://www.facebook.com/tr/"))
                .findFirst()
                .orElseThrow();
        assertThat(facebook.trackingPixel()).isTrue();
        assertThat(facebook.resourceType()).isEqualTo("image");
        ObservedRequest collect = evidence.requests(Phase.INITIAL).stream()
                .filter(r -> r.url().startsWith("https://region1.google-analytics.com/g/collect"))
                .findFirst()
                .orElseThrow();
        assertThat(collect.consentMode()).containsKeys("gcs", "gcd");
        assertThat(collect.consentMode().get("gcs")).isEqualTo("G111");
        assertThat(collect.trackingPixel()).isTrue();
        ObservedRequest document = evidence.requests(Phase.INITIAL).getFirst();
        assertThat(document.resourceType()).isEqualTo("document");
        assertThat(document.initiator()).isNull();
        assertThat(document.status()).isEqualTo(200);
    }

    @Test
    void fingerprintingWithoutCookies() {
        ScanEvidence evidence = evidence(FixtureSite.WEBWINKEL_DE_BOER);
        assertThat(evidence.cookies(Phase.INITIAL)).isEmpty();
        assertThat(evidence.fingerprinting(Phase.INITIAL))
                .extracting(f -> f.technique())
                .contains(FingerprintTechnique.CANVAS);
    }

    @Test
    void everyScanRecordsItsVisitAndScreenshot() {
        for (Map.Entry<FixtureSite, ScanEvidence> scan : scans.entrySet()) {
            ScanEvidence evidence = scan.getValue();
            assertThat(evidence.visits()).hasSize(1);
            PageVisit visit = evidence.visits().getFirst();
            assertThat(visit.status()).as(scan.getKey().name()).isEqualTo(200);
            assertThat(visit.error()).as(scan.getKey().name()).isEmpty();
            assertThat(visit.language()).isEqualTo("nl");
            assertThat(evidence.screenshots()).extracting(s -> s.moment()).contains("after-phase");
            assertThat(evidence.scan().userAgent()).doesNotContain("Headless").contains("Chrome/");
            assertThat(evidence.scan().viewport()).isEqualTo("1366x768");
        }
    }
}
