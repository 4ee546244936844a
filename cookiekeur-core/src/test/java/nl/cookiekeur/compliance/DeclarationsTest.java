package nl.cookiekeur.compliance;

import static nl.cookiekeur.compliance.Judge.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanEvidence;
import org.junit.jupiter.api.Test;

class DeclarationsTest {
    private static final String SITE = "https://www.shop.nl/";
    private static final String STATEMENT = "https://www.shop.nl/cookies";

    @Test
    void lifetimesAreReadInDutchAndEnglish() {
        assertThat(DeclaredLifetime.parse("1 jaar")).hasValue(new DeclaredLifetime(false, Duration.ofDays(365)));
        assertThat(DeclaredLifetime.parse("13 maanden")).hasValue(new DeclaredLifetime(false, Duration.ofDays(403)));
        assertThat(DeclaredLifetime.parse("2 years")).hasValue(new DeclaredLifetime(false, Duration.ofDays(730)));
        assertThat(DeclaredLifetime.parse("30 dagen")).hasValue(new DeclaredLifetime(false, Duration.ofDays(30)));
        assertThat(DeclaredLifetime.parse("24 uur")).hasValue(new DeclaredLifetime(false, Duration.ofHours(24)));
        assertThat(DeclaredLifetime.parse("1 jaar en 1 maand"))
                .hasValue(new DeclaredLifetime(false, Duration.ofDays(396)));
        assertThat(DeclaredLifetime.parse("één dag")).hasValue(new DeclaredLifetime(false, Duration.ofDays(1)));
        assertThat(DeclaredLifetime.parse("1,5 jaar")).hasValue(new DeclaredLifetime(false, Duration.ofHours(13140)));
        assertThat(DeclaredLifetime.parse("Sessie")).hasValue(new DeclaredLifetime(true, Duration.ZERO));
        assertThat(DeclaredLifetime.parse("einde van de browsersessie"))
                .hasValue(new DeclaredLifetime(true, Duration.ZERO));
        assertThat(DeclaredLifetime.parse("session")).hasValue(new DeclaredLifetime(true, Duration.ZERO));
        assertThat(DeclaredLifetime.parse("Google Analytics")).isEmpty();
        assertThat(DeclaredLifetime.parse("data")).isEmpty();
    }

    @Test
    void tablesAreReadByTheirHeaderOrByShape() {
        PolicyText statement = new PolicyText(
                SITE,
                STATEMENT,
                "cookie",
                "Cookies",
                "",
                List.of(
                        "Naam\tAanbieder\tDoel\tCategorie\tBewaartermijn",
                        "_ga\tGoogle\tStatistiek\tAnalytisch\t2 jaar",
                        "_ga_*\tGoogle\tStatistiek\tAnalytisch\t2 jaar",
                        "PHPSESSID\tshop.nl\tSessie\tFunctioneel\tSessie"));
        PolicyText noHeader = new PolicyText(
                SITE, STATEMENT, "cookie", "Cookies", "", List.of("_fbp\tMeta\tMarketing\t3 months", "Lorem ipsum"));

        List<DeclaredCookie> declared = DeclarationReader.read(List.of(statement, noHeader));

        assertThat(declared)
                .extracting(DeclaredCookie::name, DeclaredCookie::category, DeclaredCookie::lifetimeText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("_ga", Category.ANALYTICS, "2 jaar"),
                        org.assertj.core.groups.Tuple.tuple("_ga_*", Category.ANALYTICS, "2 jaar"),
                        org.assertj.core.groups.Tuple.tuple("PHPSESSID", Category.NECESSARY, "Sessie"),
                        org.assertj.core.groups.Tuple.tuple("_fbp", Category.MARKETING, "3 months"));
        assertThat(declared.get(1).matches("_ga_ABC123")).isTrue();
        assertThat(declared.get(0).matches("_gat")).isFalse();
    }

    private static EvidenceBuilder site() {
        return EvidenceBuilder.site(SITE)
                .cookie(Phase.ACCEPT, "PHPSESSID", "www.shop.nl", null)
                .cookie(Phase.ACCEPT, "_ga", ".shop.nl", Duration.ofDays(730))
                .cookie(Phase.ACCEPT, "_ga_XYZ", ".shop.nl", Duration.ofDays(730));
    }

    @Test
    void accurateStatementGivesNoMismatch() {
        ScanEvidence evidence = site().statement(
                        STATEMENT,
                        "cookie",
                        "Wij gebruiken de volgende cookies.",
                        "Naam\tCategorie\tBewaartermijn",
                        "PHPSESSID\tNoodzakelijk\tSessie",
                        "_ga\tAnalytisch\t2 jaar",
                        "_ga_<id>\tAnalytisch\t2 jaar")
                .build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.declarations()).isEmpty();
        for (CheckId check : List.of(CheckId.NL_CK_14, CheckId.NL_CK_19, CheckId.NL_CK_20)) {
            assertThat(findings(evidence, check)).as(check.id()).isEmpty();
        }
    }

    @Test
    void undeclaredMislabelledAndLongerLivedCookiesAreReported() {
        ScanEvidence evidence = site().cookie(Phase.ACCEPT, "_fbp", ".shop.nl", Duration.ofDays(90))
                .statement(
                        STATEMENT,
                        "cookie",
                        "Wij gebruiken cookies.",
                        "Naam\tCategorie\tBewaartermijn",
                        "PHPSESSID\tNoodzakelijk\tSessie",
                        "_ga\tFunctioneel\t1 jaar",
                        "_ga_*\tAnalytisch\t")
                .build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.declarations())
                .extracting(DeclarationMismatch::kind, DeclarationMismatch::name, DeclarationMismatch::declared)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("category", "_ga", "Functioneel"),
                        org.assertj.core.groups.Tuple.tuple("lifetime", "_ga", "1 jaar"),
                        org.assertj.core.groups.Tuple.tuple("not-declared", "_fbp", ""));
        assertThat(findings(evidence, CheckId.NL_CK_14)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HOOG);
            assertThat(f.explanation().dutch()).contains(": _ga");
        });
        assertThat(findings(evidence, CheckId.NL_CK_19))
                .extracting(f -> f.explanation().english())
                .satisfiesExactly(
                        undeclared ->
                                assertThat(undeclared).startsWith("1 cookie(s)").contains("_fbp"),
                        incomplete -> assertThat(incomplete)
                                .contains("no retention period")
                                .contains("_ga_*"));
        assertThat(findings(evidence, CheckId.NL_CK_20)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LAAG);
            assertThat(f.explanation().english()).contains("_ga (1 jaar → 730 d)");
        });
    }

    @Test
    void aNameMentionedInTheTextCountsAsDeclared() {
        ScanEvidence evidence = site().statement(
                        STATEMENT,
                        "privacy",
                        "Wij plaatsen PHPSESSID voor de sessie en _ga en _ga_XYZ voor statistiek.")
                .build();

        assertThat(Judge.assess(evidence).declarations()).isEmpty();
    }

    @Test
    void noStatementAtAllIsReportedOnceAndComparesNothing() {
        ScanEvidence evidence = site().build();

        Assessment assessment = Judge.assess(evidence);

        assertThat(assessment.declarations()).isEmpty();
        assertThat(findings(evidence, CheckId.NL_CK_19))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("found no link"));
    }
}
