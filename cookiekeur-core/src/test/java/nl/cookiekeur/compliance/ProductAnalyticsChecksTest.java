package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.assess;
import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static nl.cookiekeur.compliance.Judge.manual;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.law.AdviceNumber;
import org.junit.jupiter.api.Test;

/**
 * Product analytics that follows individual users (Mixpanel, PostHog, …) never counts as exempt analytics, even
 * on the site's own domain with a short lifetime: the scan agrees with the tool profiles (advice 10).
 */
class ProductAnalyticsChecksTest {
    private static final String SITE = "https://www.boekhandel.nl/";
    private static final String MIXPANEL = "mp_b0ekhandelf1xture_mixpanel";
    private static final String POSTHOG = "ph_phc_campingF1xture_posthog";

    @Test
    void firstPartyMixpanelBeforeAnyChoiceIsTrackingAndNotExempt() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(Phase.INITIAL, MIXPANEL, ".boekhandel.nl", Duration.ofDays(365))
                .request(Phase.INITIAL, "https://api-eu.mixpanel.com/track/?ip=1")
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly(MIXPANEL);
        assertThat(findings(evidence, CheckId.NL_CK_01).get(0).confidence()).isEqualTo(Confidence.CERTAIN);
        assertThat(findings(evidence, CheckId.NL_CK_21))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english())
                        .contains("follows visitors one by one")
                        .contains(MIXPANEL));
        assertThat(assess(evidence).items())
                .filteredOn(i -> i.name().equals(MIXPANEL))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.advice()).isEqualTo(AdviceNumber.ADVICE_10);
                    assertThat(i.consentRequired()).isTrue();
                });
    }

    @Test
    void mixpanelInLocalStorageIsTrackingBeforeAnyChoice() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .storage(Phase.INITIAL, StorageKind.LOCAL_STORAGE, "https://www.boekhandel.nl", MIXPANEL, null)
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_01))).containsExactly(MIXPANEL);
        assertThat(findings(evidence, CheckId.NL_CK_21))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().dutch()).contains("één voor één"));
    }

    @Test
    void postHogThatSurvivesWithdrawalMeansWithdrawalDoesNotWork() {
        ScanEvidence evidence = acceptedThenWithdrawn()
                .cookie(Phase.ACCEPT, POSTHOG, ".boekhandel.nl", Duration.ofDays(365))
                .cookie(Phase.WITHDRAW, POSTHOG, ".boekhandel.nl", Duration.ofDays(365))
                .storage(Phase.WITHDRAW, StorageKind.LOCAL_STORAGE, "https://www.boekhandel.nl", POSTHOG, null)
                .visit(Phase.WITHDRAW, SITE)
                .build();

        assertThat(labels(findings(evidence, CheckId.NL_CK_16))).containsExactly(POSTHOG);
    }

    @Test
    void trackingStorageInTheWithdrawalPhaseAloneCannotShowThatItStayedSoAPersonChecks() {
        // the evidence keeps one line per key and phase: PostHog's key written after accepting and deleted on
        // withdrawal looks the same as one that stayed; the cookie, which was removed, says withdrawal worked
        ScanEvidence evidence = acceptedThenWithdrawn()
                .storage(Phase.WITHDRAW, StorageKind.LOCAL_STORAGE, "https://www.boekhandel.nl", POSTHOG, null)
                .visit(Phase.WITHDRAW, SITE)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_16)).isEmpty();
        assertThat(manual(evidence, CheckId.NL_CK_16)).isTrue();
    }

    @Test
    void privacyFriendlyFirstPartyAnalyticsStaysExemptButAsksForReview() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .cookie(Phase.INITIAL, "_pk_id.1.abcd", "www.boekhandel.nl", Duration.ofDays(393))
                .build();
        Assessment declared = Judge.assess(evidence, Judge.declaring("matomo"));

        assertThat(declared.findings()).noneMatch(f -> f.checkId().equals(CheckId.NL_CK_01.id()));
        assertThat(declared.findings()).noneMatch(f -> f.checkId().equals(CheckId.NL_CK_21.id()));
        assertThat(declared.manualChecks()).anyMatch(m -> m.checkId().equals(CheckId.NL_CK_21.id()));
    }

    /** A site whose banner was accepted and then withdrawn through its settings, both choices made. */
    private static EvidenceBuilder acceptedThenWithdrawn() {
        return EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Alles accepteren")
                .button(1, ControlRole.REJECT, "Alles weigeren")
                .done()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Alles accepteren")
                .choice(Phase.WITHDRAW, ChoiceOutcome.MADE, 2, 2, "Cookie-instellingen", "Alles weigeren");
    }
}
