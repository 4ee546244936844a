package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

/** The 13-month analytics limit is judged on the lifetime the site asked for, not on Chromium's 400-day cap. */
class RequestedLifetimeTest {
    private static final String SITE = "https://www.shop.nl/";
    private static final String GTAG = "https://www.googletagmanager.com/gtag/js?id=G-SHOP";

    private static ScanEvidence defaultGa4() {
        return EvidenceBuilder.site(SITE)
                .noBanner(Phase.INITIAL)
                .requestedCookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730), GTAG)
                .build();
    }

    @Test
    void aTwoYearGaCookieCappedAt400DaysIsNotExemptEvenWithDeclaredSettings() {
        Assessment assessment = Judge.assess(defaultGa4(), Judge.declaring("google-analytics-4"));

        ItemAdvice ga = assessment.items().stream()
                .filter(i -> i.name().equals("_ga"))
                .findFirst()
                .orElseThrow();
        assertThat(ga.advice().number()).isEqualTo(10);
        assertThat(ga.consentRequired()).isTrue();
        assertThat(ga.retention().dutch()).isEqualTo("gevraagd: 2 jaar; Chromium begrenst tot 400 dagen");
        assertThat(ga.retention().english()).isEqualTo("requested: 2 years; Chromium caps it at 400 days");
        assertThat(assessment.findings())
                .filteredOn(f -> f.checkId().equals(CheckId.NL_CK_21.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().dutch()).contains("Chromium inkort tot 400 dagen"));
        assertThat(assessment.findings()).anyMatch(f -> f.checkId().equals(CheckId.NL_CK_01.id()));
    }

    @Test
    void withoutARequestedExpiryTheJarsLifetimeIsJudged() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(400))
                .build();

        Assessment assessment = Judge.assess(evidence, Judge.declaring("google-analytics-4"));

        assertThat(findings(evidence, Judge.declaring("google-analytics-4"), CheckId.NL_CK_21))
                .isEmpty();
        assertThat(assessment.items())
                .filteredOn(i -> i.name().equals("_ga"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.advice().number()).isEqualTo(5);
                    assertThat(i.retention().dutch()).isEqualTo("13 maanden");
                    assertThat(i.reason().dutch()).contains("Op uw eigen verklaring");
                    assertThat(i.reason().english()).contains("On the owner’s word");
                });
    }

    @Test
    void aRequestedLifetimeWithinThirteenMonthsNeedsTheOwnersDeclaration() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .requestedCookie(Phase.INITIAL, "_pk_id.1.abcd", "www.shop.nl", Duration.ofDays(393), null)
                .build();

        assertThat(Judge.assess(evidence).items())
                .singleElement()
                .satisfies(i -> assertThat(i.advice().number()).isEqualTo(10));
        assertThat(Judge.assess(evidence, Judge.declaring("matomo")).items())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.advice().number()).isEqualTo(5);
                    assertThat(i.retention().english()).isEqualTo("13 months");
                });
    }

    @Test
    void factsOfAnotherToolOrWithASettingMissingDoNotExempt() {
        ScanEvidence evidence = EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "_pk_id.1.abcd", "www.shop.nl", Duration.ofDays(393))
                .build();
        nl.cookiekeur.facts.SiteFacts partial = new nl.cookiekeur.facts.SiteFacts(
                java.util.List.of(new nl.cookiekeur.facts.ToolFacts("matomo", true, true, false, true)));

        assertThat(Judge.assess(evidence, Judge.declaring("plausible")).items())
                .singleElement()
                .satisfies(i -> assertThat(i.advice().number()).isEqualTo(10));
        assertThat(Judge.assess(evidence, partial).items())
                .singleElement()
                .satisfies(i -> assertThat(i.advice().number()).isEqualTo(10));
    }
}
