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
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.law.AdviceNumber;
import org.junit.jupiter.api.Test;

class TrackingChecksTest {
    private static final String SITE = "https://www.shop.nl/";

    /** A site that asks before it tracks: only the consent cookie and a session before any choice. */
    private static EvidenceBuilder compliant() {
        return EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "PHPSESSID", "www.shop.nl", null)
                .request(Phase.INITIAL, "https://consent.cookiefirst.com/banner.js")
                .request(Phase.INITIAL, "https://cdn.jsdelivr.net/npm/lib.js")
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten")
                .cookie(Phase.REJECT, "cc_cookie", "www.shop.nl", Duration.ofDays(182))
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren")
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(730))
                .cookie(Phase.ACCEPT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .request(Phase.ACCEPT, "https://www.google-analytics.com/g/collect?v=2")
                .request(Phase.ACCEPT, "https://connect.facebook.net/en_US/fbevents.js");
    }

    @Test
    void compliantSiteHasNoTrackingFindings() {
        ScanEvidence evidence = compliant().build();
        for (CheckId check : List.of(CheckId.NL_CK_01, CheckId.NL_CK_02, CheckId.NL_CK_03)) {
            assertThat(findings(evidence, check)).as(check.id()).isEmpty();
        }
    }

    @Test
    void marketingAndLongLivedAnalyticsCookiesBeforeAnyChoiceAreCritical() {
        ScanEvidence evidence = compliant()
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_01);

        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.severity()).isEqualTo(Severity.KRITIEK);
        assertThat(finding.confidence()).isEqualTo(Confidence.CERTAIN);
        assertThat(finding.phase()).isEqualTo(Phase.INITIAL);
        assertThat(labels(found)).containsExactly("_fbp", "_ga");
        assertThat(finding.explanation().dutch()).contains("2 cookie(s)").contains("_fbp, _ga");
        assertThat(finding.explanation().english()).contains("_fbp, _ga");
        assertThat(finding.advice()).isEqualTo(AdviceNumber.ADVICE_7);
        assertThat(finding.citations()).extracting(c -> c.id()).contains("tw-11.7a-1", "edpb-tf-2023");
    }

    @Test
    void declaredExemptFirstPartyAnalyticsBeforeAChoiceIsNoFindingButUndeclaredIs() {
        ScanEvidence evidence = compliant()
                .cookie(Phase.INITIAL, "_pk_id.1.abcd", "www.shop.nl", Duration.ofDays(393))
                .cookie(Phase.INITIAL, "_pk_ses.1.abcd", "www.shop.nl", Duration.ofMinutes(30))
                .build();

        assertThat(findings(evidence, Judge.declaring("matomo"), CheckId.NL_CK_01))
                .isEmpty();
        assertThat(findings(evidence, CheckId.NL_CK_01)).hasSize(1);
    }

    @Test
    void predictedTrackingCookieGivesALikelyFindingApartFromTheCertainOnesAndTheUnknownOneIsToReview() {
        ScanEvidence evidence = compliant()
                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                .cookie(Phase.INITIAL, "trk_visitor", "www.shop.nl", Duration.ofDays(365))
                .cookie(Phase.INITIAL, "mystery", "www.shop.nl", Duration.ofDays(365))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_01);

        assertThat(found)
                .extracting(Finding::confidence)
                .containsExactly(Confidence.CERTAIN, Confidence.LIKELY, Confidence.NEEDS_REVIEW);
        // issue 12 item 7: an unidentified cookie kept for a year is no longer passed silently
        assertThat(labels(found)).containsExactly("_fbp", "trk_visitor", "mystery");
    }

    @Test
    void aPersistentPreferenceWrittenBeforeAnyActionIsToReviewButASessionOneIsNot() {
        ScanEvidence persistent = compliant()
                .cookie(Phase.INITIAL, "lang", "www.shop.nl", Duration.ofDays(365))
                .build();
        ScanEvidence session =
                compliant().cookie(Phase.INITIAL, "lang", "www.shop.nl", null).build();

        List<Finding> found = findings(persistent, CheckId.NL_CK_01);

        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.MIDDEL);
            assertThat(finding.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
            assertThat(finding.explanation().dutch())
                    .contains("1 voorkeurscookie(s)")
                    .contains("lang");
            assertThat(finding.explanation().english()).contains("preference cookie(s)");
            assertThat(finding.remediation().english()).contains("session cookies");
        });
        assertThat(labels(found)).containsExactly("lang");
        assertThat(findings(session, CheckId.NL_CK_01)).isEmpty();
    }

    @Test
    void trackingStorageBeforeAChoiceCountsLikeACookie() {
        ScanEvidence evidence = compliant()
                .storage(Phase.INITIAL, StorageKind.LOCAL_STORAGE, "https://www.shop.nl", "ajs_anonymous_id", null)
                .storage(Phase.INITIAL, StorageKind.LOCAL_STORAGE, "https://www.shop.nl", "theme", null)
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("ajs_anonymous_id");
    }

    @Test
    void storageOfAnAdvertisingScriptIsClassifiedByItsSetter() {
        ScanEvidence evidence = compliant()
                .storage(
                        Phase.INITIAL,
                        StorageKind.LOCAL_STORAGE,
                        "https://www.shop.nl",
                        "xyz_state",
                        "https://connect.facebook.net/signals/config.js")
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_01);

        assertThat(labels(found)).containsExactly("xyz_state");
        assertThat(found.get(0).confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    void requestsToAdvertisingAndAnalyticsHostsBeforeAChoiceAreCritical() {
        ScanEvidence evidence = compliant()
                .request(Phase.INITIAL, "https://connect.facebook.net/en_US/fbevents.js")
                .request(Phase.INITIAL, "https://www.google-analytics.com/g/collect?v=2")
                .request(Phase.INITIAL, "https://www.google-analytics.com/g/collect?v=2&second")
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_02);

        assertThat(found).hasSize(1);
        assertThat(labels(found)).containsExactly("connect.facebook.net", "www.google-analytics.com");
        assertThat(found.get(0).explanation().dutch()).contains("2 bekende tracker-host(s)");
    }

    @Test
    void consentPlatformCdnPrivacyFriendlyAnalyticsAndBotChecksAreNoTrackerRequests() {
        ScanEvidence evidence = compliant()
                .request(Phase.INITIAL, "https://plausible.io/js/script.js")
                .request(Phase.INITIAL, "https://www.google.com/recaptcha/api.js")
                .build();

        // no tracking-tag hit; Google's bot check still needs consent and is a likely hit of its own
        assertThat(findings(evidence, CheckId.NL_CK_02)).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
            assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
            assertThat(f.explanation().dutch())
                    .contains("reCAPTCHA")
                    .contains("www.google.com")
                    .doesNotContain("plausible");
        });
        assertThat(findings(
                        compliant()
                                .request(Phase.INITIAL, "https://plausible.io/js/script.js")
                                .build(),
                        CheckId.NL_CK_02))
                .isEmpty();
    }

    @Test
    void consentModePingsWithStorageDeniedCountBeforeAChoiceButAfterARefusalAreLeftToTheirOwnCheck() {
        ScanEvidence evidence = compliant()
                .request(
                        Phase.INITIAL,
                        "https://www.google-analytics.com/g/collect?gcs=G100",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G100"))
                .request(
                        Phase.REJECT,
                        "https://www.google-analytics.com/g/collect?gcs=G100",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G100"))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_02))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().dutch())
                        .contains("Consent Mode op ‘geweigerd’")
                        .contains("www.google-analytics.com"));
        assertThat(findings(evidence, CheckId.NL_CK_03)).isEmpty();
        assertThat(findings(evidence, CheckId.NL_CK_26)).hasSize(1);
    }

    @Test
    void trackingAfterRefusalIsCriticalForCookiesAndRequestsAfterTheReload() {
        ScanEvidence evidence = compliant()
                .cookie(Phase.REJECT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .request(Phase.REJECT, "https://connect.facebook.net/en_US/fbevents.js")
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_03);

        assertThat(found).hasSize(2).allMatch(f -> f.confidence() == Confidence.CERTAIN);
        assertThat(labels(found)).containsExactly("_fbp", "connect.facebook.net");
        assertThat(found.get(1).explanation().english()).contains("still contacted 1 tracker host(s)");
    }

    @Test
    void whatHappenedBeforeTheRefusalIsNotTrackingAfterIt() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.REJECT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .request(Phase.REJECT, "https://connect.facebook.net/en_US/fbevents.js")
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_03)).isEmpty();
    }

    @Test
    void withoutARefusalTheCheckAsksForReview() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .choice(Phase.REJECT, ChoiceOutcome.FAILED, 1, 1, "Weigeren")
                .cookie(Phase.REJECT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_03)).isEmpty();
        assertThat(Judge.manual(evidence, CheckId.NL_CK_03)).isTrue();
    }

    @Test
    void crossSiteAnalyticsCookieIsNotExempt() {
        ScanEvidence evidence = compliant()
                .cookie(Phase.INITIAL, "_gid", ".shop.nl", Duration.ofHours(24), null, SameSite.NONE)
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("_gid");
    }
}
