package nl.cookiekeur.scanner.archive;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerEventKind;
import nl.cookiekeur.evidence.BannerLocation;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.RecordKind;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.evidence.StorageEntry;

/** A scan with every record type and every field populated, with nulls and hostile text where allowed. */
final class SampleEvidence {

    static final String PAGE = "https://www.webwinkel.nl/";
    static final Instant T0 = Instant.parse("2026-11-22T20:41:00.123456789Z");
    static final String HOSTILE = "\"}\n{\"v\":99,\u2028\u0000<script>é€😀\\";

    private SampleEvidence() {}

    static ScanEvidence full() {
        ScanInfo info = new ScanInfo(
                ScanEvidence.FORMAT_VERSION,
                PAGE,
                T0,
                T0.plusSeconds(7),
                "0.1.0-SNAPSHOT",
                "Chromium 156.0.0.0",
                "Mozilla/5.0 (X11; Linux x86_64)",
                "1366x768",
                List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT, Phase.WITHDRAW),
                5);
        List<PageVisit> visits = List.of(
                new PageVisit(Phase.INITIAL, 1, PAGE, PAGE + "home", HOSTILE, "nl", 200, false, T0, 2345, ""),
                new PageVisit(Phase.REJECT, 2, PAGE + "diep", PAGE + "diep", "", "", 0, true, T0, 10, "timeout"));
        List<ObservedCookie> cookies = List.of(
                new ObservedCookie(
                        Phase.INITIAL,
                        PAGE,
                        "_ga",
                        ".webwinkel.nl",
                        "/",
                        "GA1.1.123",
                        T0.plusSeconds(400L * 86400),
                        20,
                        false,
                        false,
                        true,
                        SameSite.UNSPECIFIED,
                        null,
                        CookieSource.SCRIPT,
                        "https://www.googletagmanager.com/gtag/js",
                        T0,
                        false,
                        T0.plusSeconds(63072000)),
                new ObservedCookie(
                        Phase.ACCEPT,
                        PAGE,
                        HOSTILE,
                        "tracker.example",
                        "/p",
                        HOSTILE,
                        null,
                        99,
                        true,
                        true,
                        true,
                        SameSite.NONE,
                        "https://webwinkel.nl",
                        CookieSource.HTTP,
                        null,
                        T0.plusMillis(1),
                        true),
                new ObservedCookie(
                        Phase.WITHDRAW,
                        PAGE,
                        "x",
                        "www.webwinkel.nl",
                        "/",
                        "",
                        null,
                        1,
                        false,
                        true,
                        false,
                        SameSite.STRICT,
                        null,
                        CookieSource.UNKNOWN,
                        null,
                        T0,
                        false));
        List<StorageEntry> storage = List.of(
                new StorageEntry(
                        Phase.INITIAL,
                        PAGE,
                        StorageKind.LOCAL_STORAGE,
                        "https://www.webwinkel.nl",
                        "ph_key",
                        "{\"a\":1}",
                        4000,
                        "https://cdn.posthog.example/array.js"),
                new StorageEntry(
                        Phase.ACCEPT, PAGE, StorageKind.SESSION_STORAGE, "https://frame.example", "k", "", 0, null),
                new StorageEntry(
                        Phase.ACCEPT, PAGE, StorageKind.INDEXED_DB, "https://frame.example", "rrweb", "", 0, null));
        List<ObservedRequest> requests = List.of(
                new ObservedRequest(
                        Phase.ACCEPT,
                        PAGE,
                        "https://www.google-analytics.com/g/collect?gcs=G111&gclid=abc",
                        "POST",
                        "ping",
                        PAGE,
                        "https://www.googletagmanager.com/gtag/js",
                        true,
                        204,
                        true,
                        Map.of("gclid", "abc"),
                        Map.of("gcs", "G111", "gcd", "13l3l3l3l1"),
                        T0),
                new ObservedRequest(
                        Phase.INITIAL,
                        PAGE,
                        PAGE,
                        "GET",
                        "document",
                        PAGE,
                        null,
                        false,
                        0,
                        false,
                        Map.of(),
                        Map.of(),
                        T0.plusSeconds(1)));
        List<FingerprintCall> fingerprinting = List.of(
                new FingerprintCall(
                        Phase.INITIAL,
                        PAGE,
                        FingerprintTechnique.CANVAS,
                        "https://fp.example/fp.js",
                        "toDataURL 240x60, 12 chars",
                        2),
                new FingerprintCall(Phase.INITIAL, PAGE, FingerprintTechnique.FONTS, null, HOSTILE, 60));
        BannerControl accept = new BannerControl(
                1,
                ControlRole.ACCEPT,
                "Alles accepteren",
                "button",
                "",
                120.5,
                40,
                "rgb(255, 255, 255)",
                "rgb(0, 80, 160)",
                7.25,
                16,
                700,
                false,
                true);
        BannerControl reject = new BannerControl(
                2,
                ControlRole.REJECT,
                HOSTILE,
                "a",
                "button",
                30,
                12,
                "rgb(120, 120, 120)",
                "rgb(255, 255, 255)",
                4.48,
                11.5,
                400,
                true,
                false);
        List<BannerObservation> banners = List.of(
                new BannerObservation(
                        Phase.INITIAL,
                        PAGE,
                        true,
                        "autoconsent:cookieconsent",
                        "vanilla-cookieconsent",
                        BannerLocation.IFRAME,
                        "https://cmp.example/frame",
                        HOSTILE,
                        "nl",
                        true,
                        true,
                        false,
                        List.of(accept, reject),
                        List.of(new BannerToggle(2, "Analytisch", true, false, true)),
                        true,
                        "screenshots/initial-1-banner.png"),
                new BannerObservation(
                        Phase.REJECT,
                        PAGE,
                        false,
                        "",
                        null,
                        null,
                        null,
                        "",
                        "",
                        false,
                        false,
                        false,
                        List.of(),
                        List.of(),
                        false,
                        null));
        List<ConsentChoice> choices = List.of(
                new ConsentChoice(
                        Phase.REJECT,
                        PAGE,
                        ChoiceOutcome.MADE,
                        2,
                        List.of("Instellingen", "Opslaan"),
                        3,
                        "screenshots/reject-1-after-choice.png",
                        ""),
                new ConsentChoice(Phase.WITHDRAW, PAGE, ChoiceOutcome.NO_CONTROL, 0, List.of(), 0, null, HOSTILE));
        List<ConsentSignal> signals = List.of(
                new ConsentSignal(
                        Phase.ACCEPT,
                        PAGE,
                        ConsentSignalKind.TCF,
                        "__tcfapi",
                        "CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA",
                        Map.of("version", "2", "cmpId", "10", "purposesConsent", "1,2,3"),
                        T0),
                new ConsentSignal(
                        Phase.ACCEPT,
                        PAGE,
                        ConsentSignalKind.GOOGLE_CONSENT_MODE,
                        "gtag",
                        "consent update",
                        Map.of(),
                        T0),
                new ConsentSignal(
                        Phase.ACCEPT,
                        PAGE,
                        ConsentSignalKind.CMP_STORAGE,
                        "cc_cookie",
                        HOSTILE,
                        Map.of("key", HOSTILE),
                        T0));
        List<Screenshot> screenshots =
                List.of(new Screenshot(Phase.INITIAL, PAGE, "banner", "screenshots/initial-1-banner.png"));
        List<PolicyText> statements = List.of(new PolicyText(
                PAGE, PAGE + "cookies", "cookie", "Cookieverklaring", HOSTILE, List.of("_ga\tGoogle\t2 jaar", "")));
        List<ScanProblem> problems = List.of(
                new ScanProblem(null, PAGE, "navigation", "sitemap.xml gaf 404"),
                new ScanProblem(Phase.REJECT, PAGE + "diep", "timeout", HOSTILE));
        ScanEvidence named = new ScanEvidence(
                info,
                visits,
                cookies,
                storage,
                requests,
                fingerprinting,
                banners,
                choices,
                signals,
                screenshots,
                statements,
                problems);
        List<ScriptBehaviour> behaviours = List.of(
                new ScriptBehaviour(
                        Phase.INITIAL,
                        PAGE,
                        BehaviourKind.SESSION_RECORDING,
                        PAGE + "js/stats.js",
                        PAGE + "collect",
                        "",
                        "MutationObserver(document, subtree) + 3 uploads, 5120 chars",
                        3),
                new ScriptBehaviour(
                        Phase.INITIAL, PAGE, BehaviourKind.TRACKING_IDENTIFIER, null, HOSTILE, HOSTILE, HOSTILE, 1));
        Map<RecordKind<?>, List<?>> records = new LinkedHashMap<>(named.records());
        records.put(RecordKinds.BEHAVIOURS, behaviours);
        records.put(
                RecordKinds.BANNER_EVENTS,
                List.of(
                        new BannerEvent(
                                Phase.INITIAL,
                                PAGE,
                                BannerEventKind.APPEARED,
                                412,
                                "div#cookie-melding",
                                HOSTILE,
                                BannerRemoval.NONE,
                                List.of("overlay", "scroll-lock"),
                                List.of(),
                                "screenshots/initial-1-banner-watch.png"),
                        new BannerEvent(
                                Phase.INITIAL,
                                PAGE,
                                BannerEventKind.DISAPPEARED,
                                3415,
                                "div#cookie-melding",
                                "",
                                BannerRemoval.TIMER,
                                List.of("overlay", "scroll-lock", "released"),
                                List.of("cookieconsent_status"),
                                null)));
        return new ScanEvidence(info, records);
    }
}
