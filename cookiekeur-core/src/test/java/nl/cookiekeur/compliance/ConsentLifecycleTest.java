package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

class ConsentLifecycleTest {
    private static final String SITE = "https://www.shop.nl/";

    private static EvidenceBuilder withBanner() {
        return EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done();
    }

    @Test
    void trackingThatAppearsOnlyAfterNavigatingIsConsentByNavigation() {
        ScanEvidence evidence = withBanner()
                .visit(Phase.INITIAL, SITE + "producten")
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_10))).containsExactly("_fbp");
        assertThat(findings(evidence, CheckId.NL_CK_01)).isEmpty();
    }

    @Test
    void consentGrantedBeforeAnyChoiceIsConsentAssumed() {
        ScanEvidence granted = withBanner()
                .signal(
                        Phase.INITIAL,
                        ConsentSignalKind.GOOGLE_CONSENT_MODE,
                        "dataLayer",
                        "consent default",
                        Map.of("ad_storage", "granted", "analytics_storage", "granted"))
                .build();
        ScanEvidence denied = withBanner()
                .signal(
                        Phase.INITIAL,
                        ConsentSignalKind.GOOGLE_CONSENT_MODE,
                        "dataLayer",
                        "consent default",
                        Map.of("ad_storage", "denied", "analytics_storage", "denied"))
                .build();

        assertThat(findings(granted, CheckId.NL_CK_10)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
            assertThat(f.explanation().english())
                    .contains("already recorded as ‘granted’")
                    .contains("dataLayer");
        });
        assertThat(findings(denied, CheckId.NL_CK_10)).isEmpty();
    }

    @Test
    void withoutABannerNothingIsTakenAsConsentSoOnlyTrackingBeforeConsentIsFound() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .visit(Phase.INITIAL, SITE + "producten")
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_10)).isEmpty();
        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("_fbp");
    }

    @Test
    void trackingOnTheFirstPageIsNotNavigationConsent() {
        ScanEvidence evidence = withBanner()
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .visit(Phase.INITIAL, SITE + "producten")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_10)).isEmpty();
        assertThat(findings(evidence, CheckId.NL_CK_01)).hasSize(1);
    }

    @Test
    void deepEntryPageTrackingAndMissingBannerAreHigh() {
        ScanEvidence evidence = withBanner()
                .deepVisit(Phase.INITIAL, SITE + "blog/artikel")
                .cookie(Phase.INITIAL, "_gcl_au", ".shop.nl", Duration.ofDays(90))
                .noBanner(Phase.INITIAL)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_27))
                .extracting(f -> f.explanation().english())
                .satisfiesExactly(
                        main -> assertThat(main).contains("_gcl_au"),
                        noBanner -> assertThat(noBanner)
                                .contains("no banner appeared")
                                .contains("blog/artikel"));
        assertThat(findings(evidence, CheckId.NL_CK_01)).isEmpty();
    }

    @Test
    void aDeepStartPageThatTracksWhileTheHomePageDoesNotIsAnUnprotectedSubPage() {
        String deep = "https://www.makelaar.nl/aanbod/woning-1.html";
        ScanEvidence evidence = EvidenceBuilder.site(deep)
                .noBanner(Phase.INITIAL)
                .cookie(Phase.INITIAL, "_fbp", ".makelaar.nl", Duration.ofDays(90))
                .request(Phase.INITIAL, "https://connect.facebook.net/en_US/fbevents.js")
                .deepVisit(Phase.INITIAL, "https://www.makelaar.nl/")
                .noBanner(Phase.INITIAL)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_27)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
            assertThat(f.explanation().english())
                    .contains("started on a deeper page (" + deep + ")")
                    .contains("home page (https://www.makelaar.nl/)");
        });
        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("_fbp");
    }

    @Test
    void aDeepStartPageSaysNothingWhenTheHomePageTracksTooOrWasNotVisited() {
        String deep = "https://www.makelaar.nl/aanbod/woning-1.html";
        ScanEvidence homeTracks = EvidenceBuilder.site(deep)
                .cookie(Phase.INITIAL, "_fbp", ".makelaar.nl", Duration.ofDays(90))
                .deepVisit(Phase.INITIAL, "https://www.makelaar.nl/index.html")
                .request(Phase.INITIAL, "https://connect.facebook.net/en_US/fbevents.js")
                .build();
        ScanEvidence homeNotVisited = EvidenceBuilder.site(deep)
                .cookie(Phase.INITIAL, "_fbp", ".makelaar.nl", Duration.ofDays(90))
                .visit(Phase.INITIAL, "https://www.makelaar.nl/aanbod/")
                .build();
        ScanEvidence homeStart = EvidenceBuilder.site("https://www.makelaar.nl/")
                .cookie(Phase.INITIAL, "_fbp", ".makelaar.nl", Duration.ofDays(90))
                .visit(Phase.INITIAL, "https://www.makelaar.nl/index.html")
                .build();

        assertThat(findings(homeTracks, CheckId.NL_CK_27)).isEmpty();
        assertThat(findings(homeNotVisited, CheckId.NL_CK_27)).isEmpty();
        assertThat(findings(homeStart, CheckId.NL_CK_27)).isEmpty();
    }

    @Test
    void withdrawalWithoutAControlIsHighAndAWorkingOneIsNot() {
        ScanEvidence missing = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .choice(Phase.WITHDRAW, ChoiceOutcome.NO_CONTROL, 0, 0)
                .build();
        ScanEvidence working = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .choice(Phase.WITHDRAW, ChoiceOutcome.MADE, 2, 3, "Cookie-instellingen", "Weigeren")
                .visit(Phase.WITHDRAW, SITE + "over-ons")
                .build();

        assertThat(findings(missing, CheckId.NL_CK_15)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
        });
        assertThat(findings(working, CheckId.NL_CK_15)).isEmpty();
        assertThat(findings(working, CheckId.NL_CK_16)).isEmpty();
    }

    @Test
    void trackingCookiesThatStayAfterWithdrawalAreHighButRemovedOnesAreNot() {
        Instant seen = EvidenceBuilder.T0.plus(Duration.ofHours(3)).plusSeconds(65);
        ObservedCookie removed = new ObservedCookie(
                Phase.WITHDRAW,
                SITE,
                "_ga",
                ".shop.nl",
                "/",
                "GA1.2",
                seen.plus(Duration.ofDays(730)),
                10,
                false,
                false,
                true,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                null,
                seen,
                true);
        ScanEvidence evidence = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .choice(Phase.WITHDRAW, ChoiceOutcome.MADE, 2, 3, "Cookie-instellingen", "Weigeren")
                .cookie(Phase.WITHDRAW, "_fbp", ".shop.nl", Duration.ofDays(90))
                .cookie(removed)
                .visit(Phase.WITHDRAW, SITE + "over-ons")
                .request(Phase.WITHDRAW, "https://connect.facebook.net/en_US/fbevents.js")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_16))
                .extracting(Finding::severity, f -> f.evidence().get(0).label())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.HOOG, "_fbp"),
                        org.assertj.core.groups.Tuple.tuple(Severity.HOOG, "connect.facebook.net"));
    }

    @Test
    void aWithdrawalOnTheAcceptedPageJudgesWhatFollowsItsReloadExactly() {
        ScanEvidence evidence = withBanner()
                .request(Phase.INITIAL, "https://connect.facebook.net/en_US/fbevents.js")
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .continuedFromThePageLeft(Phase.WITHDRAW)
                .request(Phase.WITHDRAW, "https://www.googletagmanager.com/gtag/js?id=G-1")
                .choice(Phase.WITHDRAW, ChoiceOutcome.MADE, 2, 3, "Cookie-instellingen", "Weigeren")
                .visit(Phase.WITHDRAW, SITE)
                .request(Phase.WITHDRAW, "https://connect.facebook.net/en_US/fbevents.js")
                .build();

        // The host was contacted before any choice too; after the reload it still counts, with certainty.
        assertThat(findings(evidence, CheckId.NL_CK_16)).singleElement().satisfies(f -> {
            assertThat(f.evidence().get(0).label()).isEqualTo("connect.facebook.net");
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
        });
    }

    @Test
    void bannerReturningAfterRefusalIsNotRemembered() {
        ScanEvidence evidence = withBanner()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten")
                .banner(Phase.REJECT)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done()
                .build();
        ScanEvidence remembered = withBanner()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten")
                .noBanner(Phase.REJECT)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_28))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MIDDEL));
        assertThat(findings(remembered, CheckId.NL_CK_28)).isEmpty();
    }

    @Test
    void reaskingWithinSixMonthsIsAlwaysForAPerson() {
        assertThat(Judge.manual(withBanner().build(), CheckId.NL_CK_29)).isTrue();
        assertThat(Judge.manual(EvidenceBuilder.site(SITE).build(), CheckId.NL_CK_29))
                .isFalse();
    }

    @Test
    void noConsentRecordIsInfoAndAConsentCookieOrSignalIsEnough() {
        ScanEvidence nothing = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .build();
        ScanEvidence cookie = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .cookie(Phase.ACCEPT, "cc_cookie", "www.shop.nl", Duration.ofDays(182))
                .build();
        ScanEvidence signal = withBanner()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .signal(Phase.ACCEPT, ConsentSignalKind.TCF, "__tcfapi", "CPx", Map.of())
                .build();

        assertThat(findings(nothing, CheckId.NL_CK_31)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
        });
        assertThat(findings(cookie, CheckId.NL_CK_31)).isEmpty();
        assertThat(findings(signal, CheckId.NL_CK_31)).isEmpty();
    }

    @Test
    void consentCookieLongerThanThirteenMonthsIsLow() {
        ScanEvidence evidence = withBanner()
                .cookie(Phase.ACCEPT, "CookieConsent", "www.shop.nl", Duration.ofDays(730))
                .build();
        ScanEvidence sixMonths = withBanner()
                .cookie(Phase.ACCEPT, "cc_cookie", "www.shop.nl", Duration.ofDays(182))
                .build();
        ScanEvidence namedBySignal = withBanner()
                .cookie(Phase.ACCEPT, "site_choice", "www.shop.nl", Duration.ofDays(500))
                .signal(Phase.ACCEPT, ConsentSignalKind.CMP_STORAGE, "site_choice", "all", Map.of())
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_35)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LAAG);
            assertThat(f.explanation().english()).contains("(CookieConsent) stays 730 days");
        });
        assertThat(findings(sixMonths, CheckId.NL_CK_35)).isEmpty();
        assertThat(findings(namedBySignal, CheckId.NL_CK_35)).hasSize(1);
    }
}
