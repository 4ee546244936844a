package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import org.junit.jupiter.api.Test;

class ThirdPartyChecksTest {
    private static final String SITE = "https://www.shop.nl/";

    @Test
    void declaredFirstPartyAnalyticsWithinThirteenMonthsPassesButAsksAboutCombiningData() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "_pk_id.1.abcd", "www.shop.nl", Duration.ofDays(393))
                .build();
        SiteFacts facts = Judge.declaring("matomo");

        assertThat(findings(evidence, facts, CheckId.NL_CK_21)).isEmpty();
        assertThat(Judge.assess(evidence, facts).manualChecks())
                .anyMatch(m -> m.checkId().equals(CheckId.NL_CK_21.id()));
    }

    @Test
    void undeclaredFirstPartyAnalyticsIsNotExempt() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "_pk_id.1.abcd", "www.shop.nl", Duration.ofDays(393))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_21))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english())
                        .contains("has not stated")
                        .contains("_pk_id.1.abcd"));
        assertThat(Judge.manual(evidence, CheckId.NL_CK_21)).isFalse();
    }

    @Test
    void analyticsExemptionFailsPerReason() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730))
                .cookie(Phase.INITIAL, "_gid", ".shop.nl", Duration.ofHours(24), null, SameSite.NONE)
                .cookie(Phase.INITIAL, "_pk_id.1.ff", ".stats-provider.com", Duration.ofDays(30))
                .cookie(Phase.INITIAL, "_clck", ".shop.nl", Duration.ofDays(200))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_21);

        assertThat(found).allMatch(f -> f.severity() == Severity.HOOG);
        assertThat(found)
                .extracting(f -> f.explanation().english())
                .anySatisfy(t -> assertThat(t).contains("longer than 13 months").contains("_ga"))
                .anySatisfy(t -> assertThat(t).contains("SameSite=None").contains("_gid"))
                .anySatisfy(t -> assertThat(t).contains("for another party").contains("_pk_id.1.ff"))
                .anySatisfy(
                        t -> assertThat(t).contains("uses the data for itself").contains("_clck"));
        assertThat(Judge.manual(evidence, CheckId.NL_CK_21)).isFalse();
    }

    @Test
    void analyticsAfterAcceptingIsNotAnExemptionQuestion() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(730))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_21)).isEmpty();
    }

    @Test
    void advertisingPixelsAndStoredClickIdsWithoutConsentAreHigh() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE + "?gclid=Cj0KCQiAabcdef123")
                .pixel(Phase.INITIAL, "https://www.facebook.com/tr?id=1&ev=PageView")
                .pixel(Phase.INITIAL, "https://www.google-analytics.com/collect.gif")
                .request(
                        Phase.INITIAL,
                        "https://www.shop.nl/?gclid=Cj0KCQiAabcdef123",
                        "document",
                        false,
                        Map.of("gclid", "Cj0KCQiAabcdef123"),
                        Map.of())
                .cookie(Phase.INITIAL, "_gcl_aw", ".shop.nl", Duration.ofDays(90))
                .storage(Phase.INITIAL, StorageKind.LOCAL_STORAGE, "https://www.shop.nl", "landing", null)
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_24);

        assertThat(found).hasSize(2).allMatch(f -> f.severity() == Severity.HOOG);
        assertThat(labels(found)).containsExactly("www.facebook.com", "_gcl_aw");
    }

    @Test
    void clickIdValueInStorageIsFound() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(
                        Phase.INITIAL,
                        "https://www.shop.nl/?fbclid=IwAR0xyzabcdef",
                        "document",
                        false,
                        Map.of("fbclid", "IwAR0xyzabcdef"),
                        Map.of())
                .cookie(new nl.cookiekeur.evidence.ObservedCookie(
                        Phase.INITIAL,
                        SITE,
                        "landing_ref",
                        "www.shop.nl",
                        "/",
                        "fb.1.IwAR0xyzabcdef",
                        EvidenceBuilder.T0.plus(Duration.ofDays(30)),
                        20,
                        false,
                        true,
                        true,
                        SameSite.LAX,
                        null,
                        nl.cookiekeur.evidence.CookieSource.SCRIPT,
                        null,
                        EvidenceBuilder.T0,
                        false))
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_24))).containsExactly("landing_ref");
    }

    @Test
    void embeddedPlayerSettingCookiesBeforeAChoiceIsHighButACookielessOneIsNot() {
        ScanEvidence tracking = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://www.youtube.com/embed/abc", "document", false, Map.of(), Map.of())
                .cookie(Phase.INITIAL, "VISITOR_INFO1_LIVE", ".youtube.com", Duration.ofDays(180))
                .build();
        ScanEvidence cookieless = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://www.youtube.com/embed/abc", "document", false, Map.of(), Map.of())
                .build();

        assertThat(findings(tracking, CheckId.NL_CK_25)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().dutch()).contains("YouTube");
        });
        assertThat(labels(findings(tracking, CheckId.NL_CK_25)))
                .containsExactly("www.youtube.com", "VISITOR_INFO1_LIVE");
        assertThat(findings(cookieless, CheckId.NL_CK_25)).isEmpty();
    }

    @Test
    void aStandardYouTubeEmbedIsATrackerRequestButThePrivacyEnhancedPlayerIsNot() {
        ScanEvidence standard = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .request(Phase.INITIAL, "https://www.youtube.com/embed/abc", "document", false, Map.of(), Map.of())
                .cookie(Phase.INITIAL, "VISITOR_INFO1_LIVE", ".youtube.com", Duration.ofDays(180))
                .request(
                        Phase.INITIAL,
                        "https://www.youtube.com/api/stats/qoe?docid=abc",
                        "xhr",
                        false,
                        Map.of(),
                        Map.of())
                .build();
        ScanEvidence privacyEnhanced = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .request(
                        Phase.INITIAL,
                        "https://www.youtube-nocookie.com/embed/abc",
                        "document",
                        false,
                        Map.of(),
                        Map.of())
                .build();

        assertThat(findings(standard, CheckId.NL_CK_02)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.explanation().english())
                    .contains("1 known tracker host(s)")
                    .contains("YouTube");
        });
        assertThat(findings(privacyEnhanced, CheckId.NL_CK_02)).isEmpty();
        assertThat(findings(privacyEnhanced, CheckId.NL_CK_25)).isEmpty();
    }

    @Test
    void mapEmbedSettingGoogleCookiesIsAnEmbedNotATrackerRequest() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://www.google.com/maps/embed?pb=1", "document", false, Map.of(), Map.of())
                .cookie(Phase.INITIAL, "NID", ".google.com", Duration.ofDays(180))
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_25))).containsExactly("www.google.com", "NID");
        assertThat(findings(evidence, CheckId.NL_CK_02)).isEmpty();
    }

    @Test
    void consentModePingsWhileDeniedAreMiddelButGrantedAfterAcceptIsNot() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(
                        Phase.INITIAL,
                        "https://www.google-analytics.com/g/collect?gcs=G100",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G100"))
                .request(
                        Phase.ACCEPT,
                        "https://www.google-analytics.com/g/collect?gcs=G111",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G111"))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_26)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
            assertThat(f.phase()).isEqualTo(Phase.INITIAL);
        });
    }

    @Test
    void deniedConsentModePingsBeforeAChoiceAreAlsoTrackerRequestsInAHitOfTheirOwn() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://connect.facebook.net/en_US/fbevents.js")
                .request(
                        Phase.INITIAL,
                        "https://region1.google-analytics.com/g/collect?gcs=G100",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G100"))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_02);

        assertThat(found).hasSize(2);
        assertThat(found)
                .extracting(f -> f.explanation().english())
                .anySatisfy(e -> assertThat(e).contains("Facebook").doesNotContain("Consent Mode"))
                .anySatisfy(e -> assertThat(e)
                        .contains("Consent Mode set to ‘denied’")
                        .contains("region1.google-analytics.com")
                        .doesNotContain("Facebook"));
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.KRITIEK));
        assertThat(findings(evidence, CheckId.NL_CK_26)).hasSize(1);
    }

    @Test
    void leadGenerationTagWithoutConsentIsHigh() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .request(Phase.INITIAL, "https://cdn.leadinfo.net/ping.js")
                .cookie(Phase.INITIAL, "_li_id", ".shop.nl", Duration.ofDays(730))
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_33)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().english()).contains("(Leadinfo)");
        });
        assertThat(findings(evidence, CheckId.NL_CK_02)).hasSize(1);
    }

    @Test
    void chatWidgetWithPersistentIdsBeforeOpeningIsMiddel() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(
                        Phase.INITIAL,
                        "chat-visitor",
                        ".shop.nl",
                        Duration.ofDays(270),
                        "https://widget.intercom.io/widget/abc",
                        SameSite.LAX)
                .cookie(
                        Phase.INITIAL,
                        "chat-session",
                        ".shop.nl",
                        null,
                        "https://widget.intercom.io/widget/abc",
                        SameSite.LAX)
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_34))).containsExactly("chat-visitor");
    }
}
