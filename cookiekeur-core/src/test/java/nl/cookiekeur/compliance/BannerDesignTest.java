package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.cookiekeur.evidence.BannerControl;
import nl.cookiekeur.evidence.BannerToggle;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

class BannerDesignTest {
    private static final String SITE = "https://www.shop.nl/";

    private static BannerControl control(
            ControlRole role,
            String text,
            String element,
            double width,
            double height,
            double font,
            int weight,
            String background,
            double contrast,
            boolean inline,
            boolean inside) {
        return new BannerControl(
                1,
                role,
                text,
                element,
                "",
                width,
                height,
                "rgb(0, 0, 0)",
                background,
                contrast,
                font,
                weight,
                inline,
                inside);
    }

    private static BannerControl acceptButton() {
        return control(ControlRole.ACCEPT, "Accepteren", "button", 140, 44, 16, 600, "rgb(0, 128, 0)", 5, false, true);
    }

    private static BannerControl rejectButton() {
        return control(ControlRole.REJECT, "Weigeren", "button", 140, 44, 16, 600, "rgb(0, 90, 160)", 5, false, true);
    }

    private static ScanEvidence withControls(BannerControl... controls) {
        var banner = EvidenceBuilder.site(SITE).banner(Phase.INITIAL);
        for (BannerControl control : controls) {
            banner.control(control);
        }
        return banner.done().build();
    }

    @Test
    void equalButtonsGiveNoDesignFinding() {
        ScanEvidence evidence = withControls(acceptButton(), rejectButton());
        for (CheckId check : new CheckId[] {CheckId.NL_CK_06, CheckId.NL_CK_07, CheckId.NL_CK_08}) {
            assertThat(findings(evidence, check)).as(check.id()).isEmpty();
        }
    }

    @Test
    void rejectAsInlineLinkIsHigh() {
        ScanEvidence evidence = withControls(
                acceptButton(),
                control(
                        ControlRole.REJECT,
                        "doorgaan zonder",
                        "a",
                        90,
                        18,
                        13,
                        400,
                        "rgba(0, 0, 0, 0)",
                        5,
                        true,
                        true));

        assertThat(findings(evidence, CheckId.NL_CK_06)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().dutch()).contains("‘doorgaan zonder’").contains("lopende tekst");
        });
    }

    @Test
    void rejectOutsideTheBannerUsesItsOwnText() {
        ScanEvidence evidence = withControls(
                acceptButton(),
                control(
                        ControlRole.REJECT,
                        "Weigeren",
                        "button",
                        140,
                        44,
                        16,
                        600,
                        "rgb(0, 90, 160)",
                        5,
                        false,
                        false));

        assertThat(findings(evidence, CheckId.NL_CK_06))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("sits outside the banner"));
    }

    @Test
    void linkAgainstButtonSmallerFontAndGreyBackgroundAreUnequalProminence() {
        ScanEvidence evidence = withControls(
                acceptButton(),
                control(ControlRole.REJECT, "Weigeren", "a", 60, 16, 10, 300, "rgb(240, 240, 240)", 5, false, true));

        assertThat(findings(evidence, CheckId.NL_CK_07)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
            assertThat(f.explanation().english())
                    .contains("<button> / <a>")
                    .contains("6160 / 960 px²")
                    .contains("16 / 10 px")
                    .contains("font-weight 600 / 300")
                    .contains("rgb(0, 128, 0) / rgb(240, 240, 240)");
        });
    }

    @Test
    void slightlySmallerRejectButtonWithinThresholdsPasses() {
        ScanEvidence evidence = withControls(
                acceptButton(),
                control(ControlRole.REJECT, "Weigeren", "button", 120, 44, 14, 500, "rgb(0, 90, 160)", 5, false, true));

        assertThat(findings(evidence, CheckId.NL_CK_07)).isEmpty();
    }

    @Test
    void unreadableRejectIsHighAndPoorContrastLow() {
        ScanEvidence unreadable = withControls(
                acceptButton(),
                control(
                        ControlRole.REJECT,
                        "Weigeren",
                        "button",
                        140,
                        44,
                        16,
                        600,
                        "rgb(250, 250, 250)",
                        1.3,
                        false,
                        true));
        ScanEvidence poor = withControls(
                acceptButton(),
                control(
                        ControlRole.REJECT,
                        "Weigeren",
                        "button",
                        140,
                        44,
                        16,
                        600,
                        "rgb(250, 250, 250)",
                        3.2,
                        false,
                        true));

        assertThat(findings(unreadable, CheckId.NL_CK_08)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().english()).contains("contrast 1.30:1");
        });
        assertThat(findings(poor, CheckId.NL_CK_08)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LAAG);
            assertThat(f.explanation().dutch()).contains("3.20:1").contains("WCAG AA");
        });
    }

    @Test
    void unmeasuredContrastIsNoFinding() {
        ScanEvidence evidence = withControls(
                acceptButton(),
                control(ControlRole.REJECT, "Weigeren", "button", 140, 44, 16, 600, "rgb(0, 90, 160)", 0, false, true));

        assertThat(findings(evidence, CheckId.NL_CK_08)).isEmpty();
    }

    @Test
    void firstLayerWithoutPurposesOrPartiesIsMiddel() {
        ScanEvidence neither = EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(400))
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(false, false)
                .done()
                .build();
        ScanEvidence noParties = EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(400))
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(true, false)
                .done()
                .build();
        ScanEvidence both = EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(400))
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(true, true)
                .done()
                .build();
        ScanEvidence onlyOwnCookies = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(true, false)
                .done()
                .build();

        assertThat(findings(neither, CheckId.NL_CK_17))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("neither"));
        assertThat(findings(noParties, CheckId.NL_CK_17))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("who processes"));
        assertThat(findings(both, CheckId.NL_CK_17)).isEmpty();
        ScanEvidence vendorNamed = EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(400))
                .banner(Phase.INITIAL)
                .text("Met uw toestemming meten we het bezoek met Google Analytics.", "nl")
                .button(1, ControlRole.ACCEPT, "OK")
                .declares(true, false)
                .done()
                .build();

        assertThat(findings(vendorNamed, CheckId.NL_CK_17)).isEmpty();
        assertThat(findings(onlyOwnCookies, CheckId.NL_CK_17))
                .as("no other party seen: the site's own 'we' names who processes")
                .isEmpty();
    }

    @Test
    void steeringLabelIsFlaggedAndPlainLabelsAreNot() {
        ScanEvidence steering = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Ja, geef mij de beste ervaring")
                .button(1, ControlRole.REJECT, "Nee, ik wil geen optimale ervaring")
                .done()
                .build();
        ScanEvidence plain = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done()
                .build();

        assertThat(findings(steering, CheckId.NL_CK_18))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().dutch())
                        .contains("Ja, geef mij de beste ervaring, Nee, ik wil geen optimale ervaring"));
        assertThat(findings(plain, CheckId.NL_CK_18)).isEmpty();
    }

    @Test
    void vagueWordingCountsOnlyWhenAcceptingReleasesAdvertising() {
        EvidenceBuilder vague = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .text("Wij gebruiken cookies om uw ervaring te verbeteren.", "nl")
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done()
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Accepteren");

        assertThat(findings(vague.build(), CheckId.NL_CK_18)).isEmpty();
        assertThat(findings(
                        vague.cookie(Phase.ACCEPT, "_fbp", ".shop.nl", Duration.ofDays(90))
                                .build(),
                        CheckId.NL_CK_18))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("‘uw ervaring te verbeteren’"));
    }

    @Test
    void allOrNothingBannerIsNotGranularButSwitchesAreEnough() {
        ScanEvidence allOrNothing = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.REJECT, "Weigeren")
                .done()
                .build();
        ScanEvidence settingsNotOpened = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.SETTINGS, "Instellingen")
                .done()
                .build();
        ScanEvidence granular = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .button(1, ControlRole.SETTINGS, "Instellingen")
                .toggle(new BannerToggle(2, "Noodzakelijk", true, true, false))
                .toggle(2, "Statistiek", false)
                .settingsOpened()
                .done()
                .build();

        assertThat(findings(allOrNothing, CheckId.NL_CK_30)).hasSize(1);
        assertThat(findings(settingsNotOpened, CheckId.NL_CK_30)).isEmpty();
        assertThat(Judge.manual(settingsNotOpened, CheckId.NL_CK_30)).isTrue();
        assertThat(findings(granular, CheckId.NL_CK_30)).isEmpty();
    }

    @Test
    void englishBannerOnADutchPageIsLow() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .visit(Phase.INITIAL, SITE, false, "nl-NL")
                .banner(Phase.INITIAL)
                .text("We use cookies for statistics and advertising with our partners.", "en")
                .button(1, ControlRole.ACCEPT, "Accept")
                .done()
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_32)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LAAG);
            assertThat(f.explanation().dutch()).contains("(en)").contains("(nl)");
        });
    }

    @Test
    void legitimateInterestSwitchesAreHigh() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .toggle(new BannerToggle(2, "Gepersonaliseerde advertenties", true, false, true))
                .done()
                .build();
        ScanEvidence text = EvidenceBuilder.site(SITE)
                .banner(Phase.INITIAL)
                .text("Sommige partners verwerken gegevens op basis van gerechtvaardigd belang.", "nl")
                .button(1, ControlRole.ACCEPT, "Accepteren")
                .done()
                .build();

        assertThat(findings(evidence, CheckId.NL_CK_13)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.confidence()).isEqualTo(Confidence.CERTAIN);
        });
        assertThat(findings(text, CheckId.NL_CK_13))
                .singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.LIKELY));
    }
}
