package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.assess;
import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.cookiekeur.cookie.IdentifierValue;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.StorageEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Items nobody can identify are not an all-clear (issue 12, item 7). */
class UnidentifiedItemsTest {
    private static final String SITE = "https://www.winkel-onbekend.nl/";

    private static ObservedCookie cookie(String name, String value, @Nullable Duration lifetime) {
        Instant seen = EvidenceBuilder.T0.plusSeconds(5);
        return new ObservedCookie(
                Phase.INITIAL,
                SITE,
                name,
                "www.winkel-onbekend.nl",
                "/",
                value,
                lifetime == null ? null : seen.plus(lifetime),
                name.length() + value.length(),
                false,
                true,
                true,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                SITE + "js/site.js",
                seen,
                false);
    }

    /** The example: no banner, visitor_xq7 (1 year) and trk_uid (2 years) on first load. */
    private static ScanEvidence unknownVisitorIds() {
        return EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(cookie("visitor_xq7", "k3J9x0aQ2mZ7", Duration.ofDays(365)))
                .cookie(cookie("trk_uid", "5f0c2e7a-91b4-4c3e-8d1a-2b6f9e0c4d11", Duration.ofDays(730)))
                .build();
    }

    @Test
    void unknownPersistentIdentifiersBeforeAnyChoiceAreAFindingToReview() {
        List<Finding> found = findings(unknownVisitorIds(), CheckId.NL_CK_01);

        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.confidence()).isEqualTo(Confidence.NEEDS_REVIEW);
        assertThat(finding.severity()).isEqualTo(Severity.HOOG);
        assertThat(labels(found)).containsExactlyInAnyOrder("visitor_xq7", "trk_uid");
        assertThat(finding.explanation().dutch())
                .contains("niet kan thuisbrengen")
                .contains("visitor_xq7");
        assertThat(finding.explanation().english()).contains("cannot identify").contains("trk_uid");
        assertThat(finding.remediation().english()).contains("Find out which script");
    }

    @Test
    void theyCountInTheVerdictAndInFailOn() {
        Assessment assessment = assess(unknownVisitorIds());

        assertThat(assessment.worst()).contains(Severity.HOOG);
        assertThat(assessment.hasAtLeast(Severity.HOOG)).isTrue();
        assertThat(assessment.hasAtLeast(Severity.KRITIEK)).isFalse();
    }

    @Test
    void sessionCookiesAndNecessaryLookingNamesStayClean() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(cookie("BAKKER_SESSIE", "s3ss10n-f1xture", null))
                .cookie(cookie("csrf_token", "c5rf-f1xture9", null))
                .cookie(cookie("xsrf_guard", "a8f3k29dq0x1", Duration.ofDays(30)))
                .cookie(cookie("site_theme", "dark", Duration.ofHours(12)))
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_01)).isEmpty();
    }

    @Test
    void aShortLivedCookieCountsOnlyWithAnIdentifierLikeValue() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(cookie("ab_bucket", "b", Duration.ofHours(20)))
                .cookie(cookie("vid", "q8Zt2Lx0Pe41", Duration.ofHours(20)))
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("vid");
    }

    @Test
    void localStorageCountsWithAnIdentifierLikeValueOnly() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .storage(new StorageEntry(
                        Phase.INITIAL,
                        SITE,
                        StorageKind.LOCAL_STORAGE,
                        SITE,
                        "sx_device",
                        "d41d8cd98f00b204e980",
                        20,
                        null))
                .storage(new StorageEntry(
                        Phase.INITIAL, SITE, StorageKind.LOCAL_STORAGE, SITE, "menu_open", "true", 4, null))
                .storage(new StorageEntry(
                        Phase.INITIAL, SITE, StorageKind.SESSION_STORAGE, SITE, "tab_id", "a8f3k29dq0x1", 12, null))
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly("sx_device");
    }

    @Test
    void knownTrackingKeepsItsCertainFindingBesideTheUnidentified() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(Phase.INITIAL, "_fbp", ".winkel-onbekend.nl", Duration.ofDays(90))
                .cookie(cookie("trk_uid", "5f0c2e7a91b4", Duration.ofDays(730)))
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_01);

        assertThat(found).extracting(Finding::confidence).containsExactly(Confidence.CERTAIN, Confidence.NEEDS_REVIEW);
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.KRITIEK, Severity.HOOG);
    }

    @Test
    void identifierValues() {
        assertThat(IdentifierValue.looksLikeIdentifier("GA1.1.1068788286.1796404846"))
                .isTrue();
        assertThat(IdentifierValue.looksLikeIdentifier("7c199515-2d91-4ebd-9331-aa01"))
                .isTrue();
        assertThat(IdentifierValue.looksLikeIdentifier("%22a8f3k29dq0x1%22")).isTrue();
        assertThat(IdentifierValue.looksLikeIdentifier("accepted")).isFalse();
        assertThat(IdentifierValue.looksLikeIdentifier("1796404846123")).isFalse();
        assertThat(IdentifierValue.looksLikeIdentifier("2026-12-04T17:20:21.325Z"))
                .isFalse();
        assertThat(IdentifierValue.looksLikeIdentifier("{\"categories\":[\"necessary\"]}"))
                .isFalse();
        assertThat(IdentifierValue.looksLikeIdentifier("1111111111111111111")).isFalse();
    }
}
