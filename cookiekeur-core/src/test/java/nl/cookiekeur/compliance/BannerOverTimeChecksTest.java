package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

/** Banners recorded over time by the watcher: consent stored without a click (NL-CK-10), walls by behaviour (NL-CK-11). */
class BannerOverTimeChecksTest {
    private static final String SITE = "https://www.ijssalon.nl/";

    private static EvidenceBuilder vanishing(BannerRemoval removal, String... written) {
        return EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .bannerOverTime(Phase.INITIAL, 180, List.of(), removal, 3180, written)
                .cookie(Phase.INITIAL, "_ga", ".ijssalon.nl", Duration.ofDays(400))
                .choice(Phase.REJECT, ChoiceOutcome.NO_BANNER, 0, 0)
                .choice(Phase.ACCEPT, ChoiceOutcome.NO_BANNER, 0, 0);
    }

    @Test
    void aBannerThatClosesItselfAndStoresConsentIsConsentWithoutAClick() {
        ScanEvidence evidence =
                vanishing(BannerRemoval.TIMER, "cookieconsent_status").build();

        assertThat(findings(evidence, CheckId.NL_CK_10)).singleElement().satisfies(f -> {
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
            assertThat(f.explanation().dutch()).contains("na 3 s", "vanzelf", "cookieconsent_status");
            assertThat(f.evidence()).extracting(EvidenceRef::kind).contains(EvidenceKind.BANNER);
        });
    }

    @Test
    void aBannerGoneOnTheFirstScrollIsImpliedConsent() {
        ScanEvidence evidence =
                vanishing(BannerRemoval.SCROLL, "cookies_akkoord").build();

        assertThat(findings(evidence, CheckId.NL_CK_10))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("scrolled", "cookies_akkoord"));
    }

    @Test
    void aBannerClosedByTheScannersClickOrWithoutStoringAnythingIsNotConsentWithoutAClick() {
        assertThat(findings(
                        vanishing(BannerRemoval.CLICK, "cookieconsent_status").build(), CheckId.NL_CK_10))
                .isEmpty();
        assertThat(findings(vanishing(BannerRemoval.TIMER).build(), CheckId.NL_CK_10))
                .isEmpty();
    }

    private static EvidenceBuilder locked(ChoiceOutcome reject, String... signals) {
        return EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .done()
                .bannerOverTime(Phase.INITIAL, 300, List.of(signals), BannerRemoval.NONE, 0)
                .choice(Phase.REJECT, reject, reject == ChoiceOutcome.MADE ? 1 : 0, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "nieuws")
                .noBanner(Phase.REJECT);
    }

    @Test
    void aPageLockedByBehaviourWithoutARefusalIsACookieWall() {
        assertThat(findings(
                        locked(ChoiceOutcome.NO_CONTROL, "overlay", "scroll-lock")
                                .build(),
                        CheckId.NL_CK_11))
                .singleElement()
                .satisfies(f -> assertThat(f.evidence())
                        .extracting(EvidenceRef::detail)
                        .anySatisfy(d -> assertThat(d).contains("overlay, scroll-lock")));
        assertThat(findings(locked(ChoiceOutcome.NO_CONTROL, "inert", "overlay").build(), CheckId.NL_CK_11))
                .hasSize(1);
    }

    @Test
    void aLockedPageWithAWorkingRefusalOrAnOverlayAloneIsNoCookieWall() {
        assertThat(findings(locked(ChoiceOutcome.MADE, "overlay", "scroll-lock").build(), CheckId.NL_CK_11))
                .isEmpty();
        assertThat(findings(locked(ChoiceOutcome.NO_CONTROL, "overlay").build(), CheckId.NL_CK_11))
                .isEmpty();
        assertThat(findings(locked(ChoiceOutcome.NO_CONTROL, "scroll-lock").build(), CheckId.NL_CK_11))
                .isEmpty();
    }
}
