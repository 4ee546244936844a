package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import org.junit.jupiter.api.Test;

/** The assessor with the real shipped knowledge base and classifier, on evidence built in code. */
class ShippedKnowledgeAssessmentTest {
    private static final InMemoryKnowledgeBase KNOWLEDGE = KnowledgeBases.shipped();
    private static final DecisionTree TREE = DecisionTree.load();
    private static final Assessor ASSESSOR = new Assessor(
            KnowledgeFirstClassifier.shipped(KNOWLEDGE),
            KNOWLEDGE,
            new CookieAdvisor(new Advisor(TREE)),
            TREE.citations());
    private static final String SITE = "https://www.winkel.nl/";

    private static EvidenceBuilder consentFirstSite() {
        return EvidenceBuilder.site(SITE)
                .cookie(Phase.INITIAL, "PHPSESSID", "www.winkel.nl", null)
                .request(Phase.INITIAL, "https://consent.cookiebot.com/uc.js")
                .banner(Phase.INITIAL)
                .cmp("Cookiebot")
                .button(1, ControlRole.ACCEPT, "Alle cookies toestaan")
                .button(1, ControlRole.REJECT, "Weigeren")
                .button(1, ControlRole.SETTINGS, "Details tonen")
                .toggle(2, "Statistieken", false)
                .toggle(2, "Marketing", false)
                .settingsOpened()
                .done()
                .choice(Phase.REJECT, ChoiceOutcome.MADE, 1, 1, "Weigeren")
                .cookie(Phase.REJECT, "CookieConsent", "www.winkel.nl", Duration.ofDays(365))
                .visit(Phase.REJECT, SITE + "assortiment")
                .noBanner(Phase.REJECT)
                .choice(Phase.ACCEPT, ChoiceOutcome.MADE, 1, 1, "Alle cookies toestaan")
                .cookie(Phase.ACCEPT, "CookieConsent", "www.winkel.nl", Duration.ofDays(365))
                .cookie(Phase.ACCEPT, "_ga", ".winkel.nl", Duration.ofDays(730))
                .cookie(Phase.ACCEPT, "_fbp", ".winkel.nl", Duration.ofDays(90))
                .request(Phase.ACCEPT, "https://www.google-analytics.com/g/collect?v=2")
                .request(Phase.ACCEPT, "https://connect.facebook.net/en_US/fbevents.js")
                .choice(Phase.WITHDRAW, ChoiceOutcome.MADE, 2, 2, "Cookie-instellingen", "Weigeren")
                .visit(Phase.WITHDRAW, SITE + "contact")
                .statement(
                        SITE + "cookieverklaring",
                        "cookie",
                        "Wij gebruiken cookies.",
                        "Naam\tCategorie\tBewaartermijn",
                        "PHPSESSID\tNoodzakelijk\tSessie",
                        "CookieConsent\tNoodzakelijk\t1 jaar",
                        "_ga\tStatistiek\t2 jaar",
                        "_fbp\tMarketing\t3 maanden");
    }

    private static List<String> ids(Assessment assessment) {
        return assessment.findings().stream().map(Finding::checkId).distinct().toList();
    }

    @Test
    void consentFirstSiteGetsNoKritiekOrHoogFinding() {
        Assessment assessment = ASSESSOR.assess(consentFirstSite().build());

        assertThat(assessment.hasAtLeast(Severity.HOOG))
                .as(ids(assessment).toString())
                .isFalse();
        assertThat(assessment.declarations()).isEmpty();
    }

    @Test
    void trackingBeforeAChoiceIsFoundWithTheRealKnowledge() {
        ScanEvidence evidence = consentFirstSite()
                .cookie(Phase.INITIAL, "_ga", ".winkel.nl", Duration.ofDays(730))
                .cookie(Phase.INITIAL, "_fbp", ".winkel.nl", Duration.ofDays(90))
                .request(Phase.INITIAL, "https://www.google-analytics.com/g/collect?v=2")
                .pixel(Phase.INITIAL, "https://www.facebook.com/tr?id=1&ev=PageView")
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(ids(assessment)).contains("NL-CK-01", "NL-CK-02", "NL-CK-21", "NL-CK-24");
        Finding before = assessment.findings().stream()
                .filter(f -> f.checkId().equals("NL-CK-01"))
                .findFirst()
                .orElseThrow();
        assertThat(before.confidence()).isEqualTo(Confidence.CERTAIN);
        assertThat(before.evidence()).extracting(EvidenceRef::label).containsExactlyInAnyOrder("_ga", "_fbp");
    }

    @Test
    void hotjarAndClarityAreSessionRecording() {
        ScanEvidence evidence = consentFirstSite()
                .request(Phase.INITIAL, "https://static.hotjar.com/c/hotjar-1.js?sv=6")
                .cookie(Phase.INITIAL, "_hjSessionUser_1", ".winkel.nl", Duration.ofDays(365))
                .request(Phase.INITIAL, "https://www.clarity.ms/tag/abc")
                .cookie(Phase.INITIAL, "_clck", ".winkel.nl", Duration.ofDays(365))
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(ids(assessment)).contains("NL-CK-22");
        assertThat(assessment.findings().stream().filter(f -> f.checkId().equals("NL-CK-22")))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.explanation().english()).contains("Hotjar").contains("Clarity"));
    }

    @Test
    void firstPartyMatomoWithinThirteenMonthsPassesTheExemptionOnTheOwnersWord() {
        ScanEvidence evidence = consentFirstSite()
                .cookie(Phase.INITIAL, "_pk_id.1.1fff", "www.winkel.nl", Duration.ofDays(393))
                .cookie(Phase.INITIAL, "_pk_ses.1.1fff", "www.winkel.nl", Duration.ofMinutes(30))
                .build();

        assertThat(ids(ASSESSOR.assess(evidence))).contains("NL-CK-01", "NL-CK-21");
        Assessment assessment = ASSESSOR.assess(
                evidence,
                new nl.cookiekeur.facts.SiteFacts(
                        List.of(new nl.cookiekeur.facts.ToolFacts("matomo", true, true, true, true))));

        assertThat(ids(assessment)).doesNotContain("NL-CK-01", "NL-CK-21");
        ItemAdvice matomo = assessment.items().stream()
                .filter(i -> i.name().equals("_pk_id.1.1fff"))
                .findFirst()
                .orElseThrow();
        assertThat(matomo.category()).isEqualTo(Category.ANALYTICS);
        assertThat(matomo.consentRequired()).isFalse();
        assertThat(matomo.advice().number()).isEqualTo(5);
    }

    @Test
    void leadinfoIsLeadGenerationAndItsTrackerNeedsConsent() {
        ScanEvidence evidence = consentFirstSite()
                .request(Phase.INITIAL, "https://cdn.leadinfo.net/ping.js")
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(ids(assessment)).contains("NL-CK-33", "NL-CK-02");
        assertThat(assessment.items().stream()
                        .filter(i -> i.kind() == ItemKind.TRACKER && i.name().equals("cdn.leadinfo.net")))
                .singleElement()
                .satisfies(i -> assertThat(i.consentRequired()).isTrue());
    }

    @Test
    void googleFontsFromGoogleAreNotStrictlyNecessaryInfrastructureCdnsKeepTheirJudgementAndBotChecksAreApart() {
        ScanEvidence evidence = consentFirstSite()
                .request(Phase.INITIAL, "https://fonts.googleapis.com/css2?family=Roboto")
                .request(Phase.INITIAL, "https://fonts.gstatic.com/s/roboto/v30/abc.woff2")
                .request(Phase.INITIAL, "https://www.gstatic.com/recaptcha/releases/abc/recaptcha__nl.js")
                .request(Phase.INITIAL, "https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js")
                .request(Phase.INITIAL, "https://www.winkel.nl/fonts/roboto.woff2")
                .request(Phase.INITIAL, "https://storage.googleapis.com/winkel-media/banner.jpg")
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(assessment.items().stream()
                        .filter(i -> i.kind() == ItemKind.TRACKER && i.name().startsWith("fonts.")))
                .extracting(ItemAdvice::name)
                .containsExactlyInAnyOrder("fonts.googleapis.com", "fonts.gstatic.com");
        assertThat(assessment.items().stream().filter(i -> i.name().startsWith("fonts.")))
                .allSatisfy(i -> {
                    assertThat(i.category()).isEqualTo(Category.MARKETING);
                    assertThat(i.advice().number()).isEqualTo(10);
                    assertThat(i.consentRequired()).isTrue();
                    assertThat(i.reason().english()).contains("host them yourself");
                });
        assertThat(assessment.items().stream()
                        .filter(i -> i.name().equals("cdnjs.cloudflare.com")
                                || i.name().equals("storage.googleapis.com")))
                .allSatisfy(i -> assertThat(i.consentRequired()).isFalse());
        // Google's bot check is a hit of its own, apart from the fonts
        assertThat(assessment.findings())
                .filteredOn(f -> f.checkId().equals("NL-CK-02"))
                .hasSize(2)
                .filteredOn(f -> f.explanation().english().contains("reCAPTCHA"))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english())
                        .contains("1 host(s)")
                        .contains("www.gstatic.com")
                        .doesNotContain("fonts."));
        assertThat(assessment.findings())
                .filteredOn(f -> f.checkId().equals("NL-CK-02")
                        && !f.explanation().english().contains("reCAPTCHA"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.confidence()).isEqualTo(Confidence.LIKELY);
                    assertThat(f.severity()).isEqualTo(Severity.MIDDEL);
                    assertThat(f.explanation().dutch())
                            .contains("2 host(s)")
                            .contains("fonts.googleapis.com")
                            .contains("fonts.gstatic.com")
                            .doesNotContain("recaptcha")
                            .doesNotContain("cloudflare")
                            .doesNotContain("storage.googleapis.com");
                    assertThat(f.remediation().english()).contains("Host the fonts and scripts yourself");
                });
    }

    @Test
    void aGoogleStaticHostIsJudgedByAllItsRequestsNotOnlyByABotCheckThatCameFirst() {
        ScanEvidence evidence = consentFirstSite()
                .request(Phase.INITIAL, "https://www.gstatic.com/recaptcha/releases/abc/recaptcha__nl.js")
                .request(Phase.INITIAL, "https://www.gstatic.com/charts/loader.js")
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(assessment.items().stream().filter(i -> i.name().equals("www.gstatic.com")))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.advice().number()).isEqualTo(10);
                    assertThat(i.consentRequired()).isTrue();
                });
        // one hit for the static files, one for the bot check: both name the host
        assertThat(assessment.findings())
                .filteredOn(f -> f.checkId().equals("NL-CK-02"))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.explanation().english())
                        .contains("1 host(s)")
                        .contains("www.gstatic.com"));
    }

    @Test
    void storageKeysAreClassifiedThroughTheKnowledgeBase() {
        ScanEvidence evidence = consentFirstSite()
                .storage(Phase.ACCEPT, StorageKind.LOCAL_STORAGE, "https://www.winkel.nl", "_hjid", null)
                .request(
                        Phase.INITIAL,
                        "https://www.google-analytics.com/g/collect?gcs=G100",
                        "ping",
                        false,
                        Map.of(),
                        Map.of("gcs", "G100"))
                .build();

        Assessment assessment = ASSESSOR.assess(evidence);

        assertThat(assessment.items().stream().filter(i -> i.kind() == ItemKind.STORAGE))
                .singleElement()
                .satisfies(i -> assertThat(i.category()).isNotEqualTo(Category.UNKNOWN));
        // denied Consent Mode pings before a choice still send device data: NL-CK-02 (own hit) and NL-CK-26
        assertThat(ids(assessment)).contains("NL-CK-26", "NL-CK-02");
        assertThat(assessment.findings().stream().filter(f -> f.checkId().equals("NL-CK-02")))
                .singleElement()
                .satisfies(f -> assertThat(f.explanation().english()).contains("Consent Mode set to ‘denied’"));
    }
}
