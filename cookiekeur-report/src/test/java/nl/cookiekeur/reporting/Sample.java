package nl.cookiekeur.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.Confidence;
import nl.cookiekeur.compliance.DeclarationMismatch;
import nl.cookiekeur.compliance.EvidenceKind;
import nl.cookiekeur.compliance.EvidenceRef;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.compliance.ItemKind;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.ManualCheck;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerLocation;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.ControlShot;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.ScreenBox;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Citation;
import org.jspecify.annotations.Nullable;

/**
 * A realistic assessment of a small Dutch shop that tracks before consent, with fixed times. Every string
 * that would come from the scanned site passes through {@code text} (or {@code url} for URLs), so the XSS
 * test can build the same assessment with hostile strings everywhere.
 */
final class Sample {
    static final Instant START = Instant.parse("2026-03-02T09:15:00Z");
    static final String SITE = "https://www.bakkerij-devries.nl/";

    private final UnaryOperator<String> text;
    private final UnaryOperator<String> url;

    private Sample(UnaryOperator<String> text, UnaryOperator<String> url) {
        this.text = text;
        this.url = url;
    }

    /** The realistic assessment, unchanged strings. */
    static Assessment realistic() {
        return new Sample(s -> s, s -> s).assessment();
    }

    /** The same assessment with every site string passed through the given functions. */
    static Assessment with(UnaryOperator<String> text, UnaryOperator<String> url) {
        return new Sample(text, url).assessment();
    }

    private Instant at(long seconds) {
        return START.plusSeconds(seconds);
    }

    private Assessment assessment() {
        String home = url.apply(SITE);
        String about = url.apply(SITE + "over-ons");
        List<Phase> phases = List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT, Phase.WITHDRAW);
        ScanInfo info = new ScanInfo(
                1,
                home,
                START,
                START.plusSeconds(83),
                "0.1.0",
                "Chromium 156.0.7390.54",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
                "1366x768",
                phases,
                3);
        List<PageVisit> visits = List.of(
                new PageVisit(
                        Phase.INITIAL,
                        1,
                        home,
                        home,
                        text.apply("Bakkerij De Vries \u2013 vers brood"),
                        "nl",
                        200,
                        false,
                        at(1),
                        6200,
                        ""),
                new PageVisit(Phase.INITIAL, 2, about, about, text.apply("Over ons"), "nl", 200, true, at(9), 4100, ""),
                new PageVisit(
                        Phase.REJECT,
                        1,
                        home,
                        home,
                        text.apply("Bakkerij De Vries \u2013 vers brood"),
                        "nl",
                        200,
                        false,
                        at(20),
                        7000,
                        ""),
                new PageVisit(
                        Phase.REJECT,
                        2,
                        about,
                        about,
                        text.apply("Over ons"),
                        "nl",
                        0,
                        true,
                        at(28),
                        15000,
                        text.apply("timeout after 15 s")),
                new PageVisit(
                        Phase.ACCEPT,
                        1,
                        home,
                        home,
                        text.apply("Bakkerij De Vries \u2013 vers brood"),
                        "nl",
                        200,
                        false,
                        at(45),
                        6400,
                        ""),
                new PageVisit(
                        Phase.WITHDRAW,
                        1,
                        home,
                        home,
                        text.apply("Bakkerij De Vries \u2013 vers brood"),
                        "nl",
                        200,
                        false,
                        at(60),
                        6900,
                        ""));
        String gtm = url.apply("https://www.googletagmanager.com/gtag/js?id=G-ABC123");
        String fbq = url.apply("https://connect.facebook.net/en_US/fbevents.js");
        List<ObservedCookie> cookies = List.of(
                cookie(Phase.INITIAL, home, "PHPSESSID", "www.bakkerij-devries.nl", null, CookieSource.HTTP, home, 2),
                cookie(
                        Phase.INITIAL,
                        home,
                        "_ga",
                        ".bakkerij-devries.nl",
                        at(2).plus(Duration.ofDays(400)),
                        CookieSource.SCRIPT,
                        gtm,
                        2),
                cookie(
                        Phase.INITIAL,
                        home,
                        "_fbp",
                        ".bakkerij-devries.nl",
                        at(3).plus(Duration.ofDays(90)),
                        CookieSource.SCRIPT,
                        fbq,
                        3),
                cookie(Phase.REJECT, home, "PHPSESSID", "www.bakkerij-devries.nl", null, CookieSource.HTTP, home, 21),
                cookie(
                        Phase.REJECT,
                        home,
                        "CookieConsent",
                        "www.bakkerij-devries.nl",
                        at(22).plus(Duration.ofDays(365)),
                        CookieSource.SCRIPT,
                        url.apply("https://consent.cookiebot.com/uc.js"),
                        22),
                cookie(
                        Phase.REJECT,
                        home,
                        "_ga",
                        ".bakkerij-devries.nl",
                        at(21).plus(Duration.ofDays(400)),
                        CookieSource.SCRIPT,
                        gtm,
                        21),
                cookie(
                        Phase.ACCEPT,
                        home,
                        "_ga",
                        ".bakkerij-devries.nl",
                        at(46).plus(Duration.ofDays(400)),
                        CookieSource.SCRIPT,
                        gtm,
                        46),
                cookie(
                        Phase.ACCEPT,
                        home,
                        "_fbp",
                        ".bakkerij-devries.nl",
                        at(46).plus(Duration.ofDays(90)),
                        CookieSource.SCRIPT,
                        fbq,
                        46),
                cookie(
                        Phase.ACCEPT,
                        home,
                        "IDE",
                        ".doubleclick.net",
                        at(47).plus(Duration.ofDays(390)),
                        CookieSource.HTTP,
                        url.apply("https://googleads.g.doubleclick.net/pagead/id"),
                        47),
                cookie(
                        Phase.WITHDRAW,
                        home,
                        "_ga",
                        ".bakkerij-devries.nl",
                        at(61).plus(Duration.ofDays(400)),
                        CookieSource.SCRIPT,
                        gtm,
                        61));
        String origin = url.apply("https://www.bakkerij-devries.nl");
        List<StorageEntry> storage = List.of(
                new StorageEntry(
                        Phase.INITIAL,
                        home,
                        StorageKind.LOCAL_STORAGE,
                        origin,
                        text.apply("ph_phc_4fQx_posthog"),
                        text.apply("{\"distinct_id\":\"0193"),
                        412,
                        url.apply("https://eu-assets.i.posthog.com/static/array.js")),
                new StorageEntry(
                        Phase.ACCEPT,
                        home,
                        StorageKind.LOCAL_STORAGE,
                        origin,
                        text.apply("ph_phc_4fQx_posthog"),
                        text.apply("{\"distinct_id\":\"0193"),
                        412,
                        url.apply("https://eu-assets.i.posthog.com/static/array.js")));
        List<ObservedRequest> requests = List.of(
                request(
                        Phase.INITIAL,
                        home,
                        "https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123",
                        "ping",
                        gtm,
                        true,
                        2),
                request(Phase.INITIAL, home, "https://www.facebook.com/tr/?id=1234&ev=PageView", "image", fbq, true, 3),
                request(
                        Phase.INITIAL,
                        home,
                        "https://connect.facebook.net/en_US/fbevents.js",
                        "script",
                        null,
                        false,
                        2),
                request(Phase.INITIAL, home, "https://www.bakkerij-devries.nl/app.js", "script", null, false, 1),
                request(
                        Phase.REJECT,
                        home,
                        "https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123",
                        "ping",
                        gtm,
                        true,
                        23),
                request(
                        Phase.ACCEPT,
                        home,
                        "https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123",
                        "ping",
                        gtm,
                        true,
                        46),
                request(Phase.ACCEPT, home, "https://www.facebook.com/tr/?id=1234&ev=PageView", "image", fbq, true, 46),
                request(Phase.ACCEPT, home, "https://googleads.g.doubleclick.net/pagead/id", "xhr", gtm, false, 47));
        String fpScript = url.apply("https://cdn.fpjs.example/v3/loader.js");
        List<FingerprintCall> fingerprinting = List.of(new FingerprintCall(
                Phase.INITIAL,
                home,
                FingerprintTechnique.CANVAS,
                fpScript,
                text.apply("toDataURL after fillText(\"Cwm fjordbank\") on 240x60 canvas"),
                2));
        String bannerText = text.apply(
                "Wij gebruiken cookies om onze site te verbeteren en voor advertenties. Klik op Accepteren om verder te gaan.");
        List<BannerControl> controls = List.of(
                new BannerControl(
                        1,
                        ControlRole.ACCEPT,
                        text.apply("Accepteren"),
                        "button",
                        "",
                        180,
                        44,
                        "rgb(255, 255, 255)",
                        "rgb(0, 120, 60)",
                        5.4,
                        16,
                        700,
                        false,
                        true),
                new BannerControl(
                        1,
                        ControlRole.SETTINGS,
                        text.apply("Instellingen"),
                        "a",
                        "",
                        80,
                        18,
                        "rgb(150, 150, 150)",
                        "rgb(255, 255, 255)",
                        2.9,
                        12,
                        400,
                        true,
                        true),
                new BannerControl(
                        2,
                        ControlRole.REJECT,
                        text.apply("Alles weigeren"),
                        "button",
                        "",
                        140,
                        36,
                        "rgb(60, 60, 60)",
                        "rgb(230, 230, 230)",
                        8.1,
                        14,
                        400,
                        false,
                        true),
                new BannerControl(
                        2,
                        ControlRole.SAVE,
                        text.apply("Keuze opslaan"),
                        "button",
                        "",
                        140,
                        36,
                        "rgb(255, 255, 255)",
                        "rgb(0, 120, 60)",
                        5.4,
                        14,
                        700,
                        false,
                        true));
        List<BannerToggle> toggles = List.of(
                new BannerToggle(2, text.apply("Noodzakelijk"), true, true, false),
                new BannerToggle(2, text.apply("Statistieken"), true, false, false),
                new BannerToggle(2, text.apply("Marketing"), false, false, false));
        List<BannerObservation> banners = List.of(
                new BannerObservation(
                        Phase.INITIAL,
                        home,
                        true,
                        "autoconsent:Cybotcookiebot",
                        "Cookiebot",
                        BannerLocation.MAIN_FRAME,
                        null,
                        bannerText,
                        "nl",
                        false,
                        true,
                        false,
                        controls,
                        toggles,
                        true,
                        "screenshots/initial-1-banner.png"),
                new BannerObservation(
                        Phase.REJECT,
                        home,
                        true,
                        "autoconsent:Cybotcookiebot",
                        "Cookiebot",
                        BannerLocation.MAIN_FRAME,
                        null,
                        bannerText,
                        "nl",
                        false,
                        true,
                        false,
                        controls,
                        toggles,
                        true,
                        null));
        List<ConsentChoice> choices = List.of(
                new ConsentChoice(
                        Phase.REJECT,
                        home,
                        ChoiceOutcome.MADE,
                        2,
                        List.of(text.apply("Instellingen"), text.apply("Alles weigeren")),
                        2,
                        "screenshots/reject-1-after-choice.png",
                        List.of(),
                        new ControlShot(
                                "screenshots/reject-1-control.png",
                                new ScreenBox(0, 580, 8, 6),
                                new ScreenBox(2, 2, 4, 2))),
                new ConsentChoice(
                        Phase.ACCEPT, home, ChoiceOutcome.MADE, 1, List.of(text.apply("Accepteren")), 1, null, ""),
                new ConsentChoice(
                        Phase.WITHDRAW,
                        home,
                        ChoiceOutcome.NO_CONTROL,
                        0,
                        List.of(),
                        0,
                        null,
                        text.apply("no link to reopen the banner was found")));
        List<Screenshot> screenshots = List.of(
                new Screenshot(Phase.INITIAL, home, "banner", "screenshots/initial-1-banner.png"),
                new Screenshot(Phase.REJECT, home, "control", "screenshots/reject-1-control.png"),
                new Screenshot(Phase.REJECT, home, "after-choice", "screenshots/reject-1-after-choice.png"));
        List<PolicyText> statements = List.of(new PolicyText(
                home,
                url.apply(SITE + "cookies"),
                "cookie",
                text.apply("Cookiebeleid"),
                text.apply("Wij gebruiken functionele en analytische cookies."),
                List.of(text.apply("_ga\tGoogle\t1 jaar\tanalytisch"))));
        List<ScanProblem> problems = List.of(
                new ScanProblem(Phase.REJECT, about, "timeout", text.apply("Page did not finish loading within 15 s")));
        ScanEvidence evidence = new ScanEvidence(
                info,
                visits,
                cookies,
                storage,
                requests,
                fingerprinting,
                banners,
                choices,
                List.of(),
                screenshots,
                statements,
                problems);
        return new Assessment(
                evidence,
                findings(home, gtm, fbq, fpScript),
                items(),
                declarations(home),
                manualChecks(),
                "2026.03-rules-1");
    }

    private ObservedCookie cookie(
            Phase phase,
            String page,
            String name,
            String domain,
            @Nullable Instant expires,
            CookieSource source,
            String setter,
            long seen) {
        return new ObservedCookie(
                phase,
                page,
                text.apply(name),
                text.apply(domain),
                "/",
                text.apply("GA1.1.12345." + name.length()),
                expires,
                name.length() + 20L,
                source == CookieSource.HTTP,
                !domain.startsWith("."),
                true,
                SameSite.LAX,
                null,
                source,
                setter,
                at(seen),
                false);
    }

    private ObservedRequest request(
            Phase phase,
            String page,
            String target,
            String type,
            @Nullable String initiator,
            boolean pixel,
            long seconds) {
        return new ObservedRequest(
                phase,
                page,
                url.apply(target),
                "GET",
                type,
                page,
                initiator,
                !target.startsWith(SITE),
                200,
                pixel,
                Map.of(),
                Map.of(),
                at(seconds));
    }

    private List<Finding> findings(String home, String gtm, String fbq, String fpScript) {
        Citation tw = new Citation(
                "tw-11.7a-1",
                "Telecommunicatiewet",
                "art. 11.7a lid 1",
                "Informatie en toestemming bij cookies",
                "Information and consent for cookies",
                "Telecommunicatiewet art. 11.7a(1)",
                "https://wetten.overheid.nl/BWBR0009950/2024-01-01#Hoofdstuk11_Artikel11.7a",
                false);
        Citation avg = new Citation(
                "avg-4-11",
                "AVG",
                "art. 4 onder 11",
                "Definitie van toestemming",
                "Definition of consent",
                "GDPR art. 4(11)",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                false);
        Citation guideline = new Citation(
                "edpb-03-2022",
                "EDPB",
                "Richtsnoeren 03/2022",
                "Misleidende ontwerppatronen",
                "Deceptive design patterns",
                "EDPB Guidelines 03/2022",
                null,
                true);
        return List.of(
                new Finding(
                        "NL-CK-01",
                        Severity.KRITIEK,
                        Confidence.CERTAIN,
                        Phase.INITIAL,
                        new LocalizedText(
                                "Tracking voordat de bezoeker iets koos", "Tracking before the visitor chose anything"),
                        new LocalizedText(
                                "Bij het eerste bezoek werden al volgcookies geplaatst en gegevens naar Google en Meta gestuurd, zonder dat de bezoeker toestemming gaf.",
                                "On the first visit tracking cookies were set and data was sent to Google and Meta before the visitor consented."),
                        new LocalizedText(
                                "Laad Google Analytics en de Meta-pixel pas na toestemming, bijvoorbeeld via de blokkeerfunctie van uw consentplatform.",
                                "Load Google Analytics and the Meta pixel only after consent, for example through your consent platform's blocking."),
                        List.of(
                                new EvidenceRef(
                                        EvidenceKind.COOKIE,
                                        Phase.INITIAL,
                                        home,
                                        text.apply("_ga"),
                                        text.apply(".bakkerij-devries.nl, 13 maanden"),
                                        gtm,
                                        "screenshots/initial-1-banner.png"),
                                new EvidenceRef(
                                        EvidenceKind.COOKIE,
                                        Phase.INITIAL,
                                        home,
                                        text.apply("_fbp"),
                                        text.apply(".bakkerij-devries.nl, 3 maanden"),
                                        fbq,
                                        null),
                                new EvidenceRef(
                                        EvidenceKind.REQUEST,
                                        Phase.INITIAL,
                                        home,
                                        text.apply("www.facebook.com"),
                                        url.apply("https://www.facebook.com/tr/?id=1234"),
                                        fbq,
                                        null)),
                        List.of(tw, avg),
                        AdviceNumber.ADVICE_7),
                new Finding(
                        "NL-CK-05",
                        Severity.KRITIEK,
                        Confidence.LIKELY,
                        Phase.INITIAL,
                        new LocalizedText("Fingerprinting zonder toestemming", "Fingerprinting without consent"),
                        new LocalizedText(
                                "Een script las een getekend canvas uit om de browser te herkennen.",
                                "A script read back a drawn canvas to recognise the browser."),
                        new LocalizedText(
                                "Verwijder het script of laad het pas na toestemming.",
                                "Remove the script or load it only after consent."),
                        List.of(new EvidenceRef(
                                EvidenceKind.FINGERPRINT,
                                Phase.INITIAL,
                                home,
                                text.apply("canvas"),
                                text.apply("toDataURL after fillText"),
                                fpScript,
                                null)),
                        List.of(tw),
                        AdviceNumber.ADVICE_7),
                new Finding(
                        "NL-CK-08",
                        Severity.HOOG,
                        Confidence.CERTAIN,
                        Phase.INITIAL,
                        new LocalizedText("Geen weigerknop op de eerste laag", "No reject button on the first layer"),
                        new LocalizedText(
                                "Weigeren kan pas na het openen van de instellingen; accepteren kan met \u00e9\u00e9n klik.",
                                "Refusing needs the settings layer; accepting takes one click."),
                        new LocalizedText(
                                "Zet een knop \u2018Weigeren\u2019 naast \u2018Accepteren\u2019, even groot en even opvallend.",
                                "Put a 'Reject' button next to 'Accept', as large and as visible."),
                        List.of(new EvidenceRef(
                                EvidenceKind.BANNER,
                                Phase.INITIAL,
                                home,
                                text.apply("Cookiebot"),
                                text.apply("first layer: Accepteren, Instellingen"),
                                null,
                                "screenshots/initial-1-banner.png")),
                        List.of(avg, guideline),
                        null),
                new Finding(
                        "NL-CK-12",
                        Severity.MIDDEL,
                        Confidence.CERTAIN,
                        Phase.INITIAL,
                        new LocalizedText("Vooraf aangevinkte doelen", "Pre-ticked purposes"),
                        new LocalizedText(
                                "Het vakje Statistieken stond al aan toen de instellingen openden.",
                                "The Statistics box was already on when the settings opened."),
                        new LocalizedText(
                                "Zet alle niet-noodzakelijke doelen standaard uit.",
                                "Switch all non-necessary purposes off by default."),
                        List.of(new EvidenceRef(
                                EvidenceKind.TOGGLE,
                                Phase.INITIAL,
                                home,
                                text.apply("Statistieken"),
                                text.apply("checked, layer 2"),
                                null,
                                null)),
                        List.of(avg),
                        null),
                new Finding(
                        "NL-CK-31",
                        Severity.INFO,
                        Confidence.NEEDS_REVIEW,
                        null,
                        new LocalizedText(
                                "Cookieverklaring noemt niet alle cookies",
                                "Cookie statement does not list every cookie"),
                        new LocalizedText(
                                "De verklaring noemt _fbp en IDE niet.",
                                "The statement does not mention _fbp and IDE."),
                        new LocalizedText(
                                "Vul de verklaring aan; zie cookieverklaring.html voor een concept.",
                                "Complete the statement; see cookieverklaring.html for a draft."),
                        List.of(new EvidenceRef(
                                EvidenceKind.STATEMENT,
                                Phase.INITIAL,
                                url.apply(SITE + "cookies"),
                                text.apply("Cookiebeleid"),
                                text.apply("_fbp, IDE ontbreken"),
                                null,
                                "../../../etc/passwd")),
                        List.of(tw),
                        null));
    }

    private List<ItemAdvice> items() {
        return List.of(
                item(
                        ItemKind.COOKIE,
                        "_ga",
                        ".bakkerij-devries.nl",
                        List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT, Phase.WITHDRAW),
                        Category.ANALYTICS,
                        1.0,
                        "Google",
                        false,
                        AdviceNumber.ADVICE_5,
                        true,
                        "Google Analytics deelt gegevens met Google en bewaart 13 maanden",
                        "Google Analytics shares data with Google and keeps it 13 months",
                        "13 maanden",
                        "13 months",
                        "open-cookie-database"),
                item(
                        ItemKind.COOKIE,
                        "_fbp",
                        ".bakkerij-devries.nl",
                        List.of(Phase.INITIAL, Phase.ACCEPT),
                        Category.MARKETING,
                        1.0,
                        "Meta",
                        false,
                        AdviceNumber.ADVICE_7,
                        true,
                        "Meta-pixel volgt bezoekers voor advertenties",
                        "Meta pixel tracks visitors for advertising",
                        "3 maanden",
                        "3 months",
                        "open-cookie-database"),
                item(
                        ItemKind.COOKIE,
                        "PHPSESSID",
                        "www.bakkerij-devries.nl",
                        List.of(Phase.INITIAL, Phase.REJECT),
                        Category.NECESSARY,
                        0.95,
                        null,
                        false,
                        AdviceNumber.ADVICE_1,
                        false,
                        "Sessiecookie van PHP, nodig voor het winkelmandje",
                        "PHP session cookie, needed for the basket",
                        "sessie",
                        "session",
                        "open-cookie-database"),
                item(
                        ItemKind.COOKIE,
                        "CookieConsent",
                        "www.bakkerij-devries.nl",
                        List.of(Phase.REJECT),
                        Category.NECESSARY,
                        1.0,
                        "Cookiebot",
                        false,
                        AdviceNumber.ADVICE_1,
                        false,
                        "Onthoudt de cookiekeuze",
                        "Remembers the cookie choice",
                        "1 jaar",
                        "1 year",
                        "open-cookie-database"),
                item(
                        ItemKind.COOKIE,
                        "IDE",
                        ".doubleclick.net",
                        List.of(Phase.ACCEPT),
                        Category.MARKETING,
                        1.0,
                        "Google",
                        true,
                        AdviceNumber.ADVICE_7,
                        true,
                        "Advertentiecookie van Google (DoubleClick)",
                        "Google (DoubleClick) advertising cookie",
                        "13 maanden",
                        "13 months",
                        "open-cookie-database"),
                item(
                        ItemKind.STORAGE,
                        "ph_phc_4fQx_posthog",
                        "https://www.bakkerij-devries.nl",
                        List.of(Phase.INITIAL, Phase.ACCEPT),
                        Category.ANALYTICS,
                        0.72,
                        "PostHog",
                        false,
                        AdviceNumber.ADVICE_5,
                        true,
                        "Voorspeld: statistiek-opslag van PostHog",
                        "Predicted: PostHog analytics storage",
                        "",
                        "",
                        "classifier"),
                item(
                        ItemKind.TRACKER,
                        "www.google-analytics.com",
                        "google-analytics.com",
                        List.of(Phase.INITIAL, Phase.REJECT, Phase.ACCEPT),
                        Category.ANALYTICS,
                        1.0,
                        "Google",
                        true,
                        AdviceNumber.ADVICE_5,
                        true,
                        "Meetdienst van Google",
                        "Google measurement service",
                        "",
                        "",
                        "whotracks.me"),
                item(
                        ItemKind.TRACKER,
                        "www.facebook.com",
                        "facebook.com",
                        List.of(Phase.INITIAL, Phase.ACCEPT),
                        Category.MARKETING,
                        1.0,
                        "Meta",
                        true,
                        AdviceNumber.ADVICE_7,
                        true,
                        "Advertentiepixel van Meta",
                        "Meta advertising pixel",
                        "",
                        "",
                        "whotracks.me"));
    }

    private ItemAdvice item(
            ItemKind kind,
            String name,
            String where,
            List<Phase> phases,
            Category category,
            double confidence,
            @Nullable String vendor,
            boolean thirdParty,
            AdviceNumber advice,
            boolean consent,
            String reasonNl,
            String reasonEn,
            String retentionNl,
            String retentionEn,
            String source) {
        return new ItemAdvice(
                kind,
                text.apply(name),
                text.apply(where),
                phases,
                category,
                confidence,
                vendor == null ? null : text.apply(vendor),
                thirdParty,
                advice,
                consent,
                new LocalizedText(reasonNl, reasonEn),
                new LocalizedText(retentionNl, retentionEn),
                source);
    }

    private List<DeclarationMismatch> declarations(String home) {
        return List.of(
                new DeclarationMismatch(
                        "not-declared", text.apply("_fbp"), "", "marketing, 3 maanden", url.apply(SITE + "cookies")),
                new DeclarationMismatch(
                        "lifetime", text.apply("_ga"), text.apply("1 jaar"), "13 maanden", url.apply(SITE + "cookies")),
                new DeclarationMismatch("category", text.apply("_ga"), text.apply("functioneel"), "analytics", home));
    }

    private List<ManualCheck> manualChecks() {
        return List.of(new ManualCheck(
                "NL-CK-33",
                new LocalizedText("Bewaartermijn persoonsgegevens", "Retention of personal data"),
                new LocalizedText(
                        "Controleer in de verwerkersovereenkomsten hoe lang leveranciers gegevens bewaren.",
                        "Check in the processing agreements how long vendors keep data.")));
    }
}
