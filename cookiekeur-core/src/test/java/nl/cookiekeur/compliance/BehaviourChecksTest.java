package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScriptBehaviour;
import org.junit.jupiter.api.Test;

/** Trackers no list names, judged by what their scripts do (issue 12, item 8). */
class BehaviourChecksTest {
    private static final String SITE = "https://www.stille-opname.nl/";

    private static ScanEvidence with(EvidenceBuilder builder, ScriptBehaviour... behaviours) {
        ScanEvidence base = builder.build();
        java.util.Map<nl.cookiekeur.evidence.RecordKind<?>, List<?>> records =
                new java.util.LinkedHashMap<>(base.records());
        records.put(RecordKinds.BEHAVIOURS, List.of(behaviours));
        return new ScanEvidence(base.scan(), records);
    }

    private static ScriptBehaviour behaviour(BehaviourKind kind, String script, String target, String key) {
        return new ScriptBehaviour(Phase.INITIAL, SITE, kind, script, target, key, "observed", 6);
    }

    @Test
    void aSelfHostedRecorderIsLikelySessionRecording() {
        ScanEvidence evidence = with(
                EvidenceBuilder.site(SITE).noBanner(Phase.INITIAL),
                behaviour(BehaviourKind.SESSION_RECORDING, SITE + "js/stats.js", SITE + "collect", ""));

        List<Finding> found = findings(evidence, CheckId.NL_CK_22);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.explanation().dutch())
                    .contains("www.stille-opname.nl/js/stats.js")
                    .contains("6 keer");
            assertThat(f.explanation().english()).contains("session recording");
            assertThat(f.evidence()).singleElement().satisfies(ref -> {
                assertThat(ref.kind()).isEqualTo(EvidenceKind.BEHAVIOUR);
                assertThat(ref.script()).isEqualTo(SITE + "js/stats.js");
                assertThat(ref.detail()).contains(SITE + "collect");
            });
        });
    }

    @Test
    void aRecorderOfAKnownVendorIsLeftToTheCertainFinding() {
        ScanEvidence evidence = with(
                EvidenceBuilder.site(SITE)
                        .noBanner(Phase.INITIAL)
                        .request(Phase.INITIAL, "https://static.hotjar.com/c/hotjar-1.js"),
                behaviour(
                        BehaviourKind.SESSION_RECORDING,
                        "https://static.hotjar.com/c/hotjar-1.js",
                        "https://in.hotjar.com/api",
                        ""));

        assertThat(findings(evidence, CheckId.NL_CK_22))
                .extracting(Finding::confidence)
                .containsExactly(Confidence.CERTAIN);
    }

    @Test
    void anIdentifierSentOutIsLikelyTrackingInsteadOfAReview() {
        Instant seen = EvidenceBuilder.T0.plusSeconds(3);
        ObservedCookie trkUid = new ObservedCookie(
                Phase.INITIAL,
                SITE,
                "trk_uid",
                "www.stille-opname.nl",
                "/",
                "q8Zt2Lx0Pe41Ab",
                seen.plus(Duration.ofDays(730)),
                20,
                false,
                true,
                true,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                SITE + "js/id.js",
                seen,
                false);
        ObservedCookie visitor = new ObservedCookie(
                Phase.INITIAL,
                SITE,
                "visitor_xq7",
                "www.stille-opname.nl",
                "/",
                "k3J9x0aQ2mZ7",
                seen.plus(Duration.ofDays(365)),
                20,
                false,
                true,
                true,
                SameSite.LAX,
                null,
                CookieSource.SCRIPT,
                SITE + "js/id.js",
                seen,
                false);
        ScanEvidence evidence = with(
                EvidenceBuilder.site(SITE)
                        .noBanner(Phase.INITIAL)
                        .cookie(trkUid)
                        .cookie(visitor),
                behaviour(
                        BehaviourKind.TRACKING_IDENTIFIER,
                        SITE + "js/id.js",
                        "https://pixel.teller-net.com/t?uid=q8Zt2Lx0Pe41Ab",
                        "trk_uid"));

        List<Finding> found = findings(evidence, CheckId.NL_CK_01);

        assertThat(found).extracting(Finding::confidence).containsExactly(Confidence.LIKELY, Confidence.NEEDS_REVIEW);
        assertThat(found.get(0).explanation().english()).contains("trk_uid").contains("pixel.teller-net.com");
        assertThat(found.get(0).severity()).isEqualTo(Severity.KRITIEK);
        assertThat(found.get(1).evidence()).extracting(EvidenceRef::label).containsExactly("visitor_xq7");
    }

    @Test
    void aBeaconOnEveryPageToAnUnknownThirdPartyIsLikelyATrackerRequest() {
        ScanEvidence evidence = with(
                EvidenceBuilder.site(SITE).noBanner(Phase.INITIAL),
                behaviour(BehaviourKind.PAGE_BEACON, SITE + "js/b.js", "https://beacon.teller-net.com/b", ""),
                behaviour(BehaviourKind.PAGE_BEACON, SITE + "js/own.js", SITE + "stats", ""));

        List<Finding> found = findings(evidence, CheckId.NL_CK_02);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
            assertThat(f.explanation().dutch())
                    .contains("beacon.teller-net.com")
                    .doesNotContain("js/own.js");
        });
    }

    @Test
    void aBeaconOnOnlySomeOfThePagesNeedsReviewAndOneOnEveryPageIsLikely() {
        String other = SITE + "over-ons.html";
        String third = SITE + "contact.html";
        ScanEvidence evidence = with(
                EvidenceBuilder.site(SITE)
                        .visit(Phase.INITIAL, SITE)
                        .noBanner(Phase.INITIAL)
                        .visit(Phase.INITIAL, other)
                        .visit(Phase.INITIAL, third),
                // teller-net on all three pages, a pixel of plaatjes-cdn on one page only
                beacon(SITE, "https://beacon.teller-net.com/b"),
                beacon(other, "https://beacon.teller-net.com/b"),
                beacon(third, "https://beacon.teller-net.com/b"),
                beacon(other, "https://img.plaatjes-cdn.com/p.gif?w=1"));

        List<Finding> found = findings(evidence, CheckId.NL_CK_02);

        assertThat(found).hasSize(2);
        assertThat(found)
                .filteredOn(f -> f.confidence() == Confidence.LIKELY)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.explanation().dutch())
                            .contains("beacon.teller-net.com")
                            .doesNotContain("plaatjes-cdn");
                });
        assertThat(found)
                .filteredOn(f -> f.confidence() == Confidence.NEEDS_REVIEW)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.explanation().dutch())
                            .contains("img.plaatjes-cdn.com")
                            .contains("op 1 van de 3 bezochte pagina")
                            .doesNotContain("teller-net");
                    assertThat(f.explanation().english()).contains("on 1 of the 3 pages visited");
                });
    }

    private static ScriptBehaviour beacon(String page, String target) {
        return new ScriptBehaviour(
                Phase.INITIAL, page, BehaviourKind.PAGE_BEACON, SITE + "js/b.js", target, "", "beacon or pixel", 1);
    }

    @Test
    void evidenceWithoutBehavioursStillReads() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE).build();

        assertThat(evidence.behaviours()).isEmpty();
        assertThat(evidence.records()).containsKey(RecordKinds.BEHAVIOURS);
    }
}
