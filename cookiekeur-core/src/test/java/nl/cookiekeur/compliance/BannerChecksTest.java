package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static nl.cookiekeur.compliance.Judge.labels;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

class BannerChecksTest {
    private static final String SITE = "https://www.shop.nl/";

    private static EvidenceBuilder fairBanner() {
        return EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .button(1, ControlRole.SETTINGS, "Instellingen")
                .toggle(2, "Noodzakelijk", true)
                .toggle(2, "Statistiek", false)
                .toggle(2, "Marketing", false)
                .settingsOpened()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "producten")
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren");
    }

    @Test
    void fairBannerHasNoBannerFindings() {
        ScanEvidence evidence = fairBanner().build();
        for (CheckId check : List.of(CheckId.NL_CK_04, CheckId.NL_CK_05, CheckId.NL_CK_09, CheckId.NL_CK_11)) {
            assertThat(findings(evidence, check)).as(check.id()).isEmpty();
        }
    }

    @Test
    void acceptOnlyFirstLayerWithRejectOnTheSecondIsHigh() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Alles accepteren")
                .button(1, ControlRole.SETTINGS, "Instellingen")
                .button(2, ControlRole.REJECT, "Alles weigeren")
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 2, 2, "Instellingen", "Alles weigeren")
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Alles accepteren")
                .build();

        List<Finding> noReject = findings(evidence, CheckId.NL_CK_04);
        List<Finding> moreSteps = findings(evidence, CheckId.NL_CK_05);

        assertThat(noReject).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
            assertThat(f.explanation().dutch()).contains("‘Alles accepteren’").contains("eerste laag");
        });
        assertThat(moreSteps).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().english())
                    .isEqualTo(
                            "Refusing took 2 click(s), accepting 1. When refusing takes more effort, the visitor is pushed"
                                    + " towards consent.");
        });
    }

    @Test
    void noWayToRefuseAnywhereUsesTheNowhereText() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.NO_CONTROL, 0, 0)
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "OK")
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_04))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("no way to refuse on any layer"));
        assertThat(findings(evidence, CheckId.NL_CK_05)).isEmpty();
        assertThat(Judge.manual(evidence, CheckId.NL_CK_05)).isFalse();
    }

    @Test
    void noBannerAndNoTrackingNeedsNoReject() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .choice(Phase.REJECT, ChoiceOutcome.NO_BANNER, 0, 0)
                .choice(Phase.ACCEPT, ChoiceOutcome.NO_BANNER, 0, 0)
                .build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void preTickedPurposesAreCriticalButNecessaryAndLockedOnesAreNot() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .toggle(2, "Strikt noodzakelijk", true)
                .toggle(new BannerToggle(2, "Beveiliging", true, true, false))
                .toggle(2, "Statistieken", true)
                .toggle(2, "Marketing", true)
                .toggle(2, "Voorkeuren", false)
                .toggle(new BannerToggle(2, "Gepersonaliseerde advertenties", true, false, true))
                .done()
                .build();

        List<Finding> found = findings(evidence, CheckId.NL_CK_09);

        assertThat(found)
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.KRITIEK));
        assertThat(labels(found)).containsExactly("Statistieken", "Marketing");
    }

    @Test
    void blockingBannerWithoutRejectIsACookieWall() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren en doorgaan")
                .blocksPage()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.NO_CONTROL, 0, 0)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_11))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HOOG));
        assertThat(findings(evidence, CheckId.NL_CK_12)).isEmpty();
        assertThat(Judge.manual(evidence, CheckId.NL_CK_12)).isTrue();
    }

    @Test
    void blockingBannerThatStillBlocksAfterRefusalIsACookieWall() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .blocksPage()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "nieuws")
                .banner(Phase.REJECT)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .blocksPage()
                .done()
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_11)).hasSize(1);
    }

    @Test
    void blockingBannerThatLetsRefusersInIsNoCookieWall() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .blocksPage()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .visit(Phase.REJECT, SITE + "nieuws")
                .noBanner(Phase.REJECT)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_11)).isEmpty();
        assertThat(Judge.manual(evidence, CheckId.NL_CK_12)).isFalse();
    }

    @Test
    void cookieWallOnAMunicipalSiteIsCritical() {
        ScanEvidence evidence = EvidenceBuilder.site("https://www.gemeentevoorbeeld.nl/")
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .blocksPage()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.NO_CONTROL, 0, 0)
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_12)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.KRITIEK);
            assertThat(f.explanation().dutch()).contains("www.gemeentevoorbeeld.nl");
        });
    }
}
