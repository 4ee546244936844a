package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalTextsTest {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final LegalTexts TEXTS = TREE.texts();
    private static final Pattern OLD_NAMES = Pattern.compile("\\b(WBP|Wbp|CBP|OPTA)\\b");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyQuestionHasTextExplanationAndExamples(Language language) {
        for (QuestionId id : QuestionId.values()) {
            QuestionText text = TEXTS.question(id, language);
            assertThat(text.question()).as(id.name()).endsWith("?");
            assertThat(text.explanation()).as(id.name()).isNotBlank();
            assertThat(text.examples()).as(id.name()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyAdviceHasAllPartsAndConsentRulesOnlyWhereConsentIsNeeded(Language language) {
        for (Advice advice : TREE.advices()) {
            AdviceText text = TEXTS.advice(advice, language);
            String name = advice.number().name();
            assertThat(text.title()).as(name).isNotBlank();
            assertThat(text.verdict()).as(name).isNotBlank();
            assertThat(text.informationDuty()).as(name).isNotBlank();
            assertThat(text.dataProtection()).as(name).isNotBlank();
            assertThat(text.steps()).as(name).isNotEmpty();
            assertThat(text.changesSince2012()).as(name).isNotBlank();
            assertThat(text.consentRules().isEmpty()).as(name).isEqualTo(!advice.consentRequired());
            assertThat(text.sanctions().isEmpty()).as(name).isEqualTo(!advice.consentRequired());
        }
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysAndDifferentWords() {
        Map<String, String> dutch = TEXTS.all(Language.DUTCH);
        Map<String, String> english = TEXTS.all(Language.ENGLISH);

        assertThat(dutch.keySet()).isEqualTo(english.keySet());
        assertThat(dutch.get("advice.7.verdict")).isNotEqualTo(english.get("advice.7.verdict"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void oldInstitutionsAndActsAreNamedOnlyWhenExplainingWhatChanged(Language language) {
        TEXTS.all(language).forEach((key, text) -> {
            if (OLD_NAMES.matcher(text).find()) {
                assertThat(key).as(text).endsWith(".formerly");
                assertThat(text.toLowerCase(Locale.ROOT)).as(key).containsAnyOf("voorheen", "formerly");
            }
        });
    }

    @Test
    void theExemptAdvicesSayTheGdprInformationDutyRemainsAndTheApAdvisesInformingAnyway() {
        for (int number = 2; number <= 5; number++) {
            Advice advice = TREE.advice(AdviceNumber.of(number).orElseThrow());
            assertThat(TEXTS.advice(advice, Language.DUTCH).informationDuty())
                    .as("advies %d", number)
                    .contains("AVG art. 13", "AP");
            assertThat(TEXTS.advice(advice, Language.ENGLISH).informationDuty())
                    .as("advice %d", number)
                    .contains("GDPR art. 13", "AP");
        }
    }

    @Test
    void adviceSevenMakesTheSiteOwnerJointControllerAndRecallsTheNpoCase() {
        AdviceText dutch = TEXTS.advice(TREE.advice(AdviceNumber.ADVICE_7), Language.DUTCH);

        assertThat(dutch.verdict()).contains("gezamenlijk verantwoordelijk", "C-40/17");
        assertThat(dutch.dataProtection()).contains("NPO", "2014", "art. 26");
        assertThat(TREE.advice(AdviceNumber.ADVICE_7).citations())
                .extracting(Citation::id)
                .contains("cjeu-fashion-id", "acm-npo-2014");
    }

    @Test
    void theAcmFineIsStatedAsUnverifiedAndTheGdprFineAsInTheRegulation() {
        AdviceText dutch = TEXTS.advice(TREE.advice(AdviceNumber.ADVICE_8), Language.DUTCH);
        AdviceText english = TEXTS.advice(TREE.advice(AdviceNumber.ADVICE_8), Language.ENGLISH);

        assertThat(dutch.sanctions())
                .anySatisfy(
                        s -> assertThat(s).contains("waarschijnlijk €900.000 of 10% van de omzet; niet geverifieerd"))
                .anySatisfy(s -> assertThat(s).contains("€20 miljoen", "4%", "art. 83 lid 5"));
        assertThat(english.sanctions()).anySatisfy(s -> assertThat(s).contains("probably €900,000", "not verified"));
        assertThat(String.join(" ", dutch.sanctions())).doesNotContain("450.000");
    }

    @Test
    void adviceFiveIsDutchOnlySince2015AndWarnsAboutThirdPartyDefaults() {
        AdviceText dutch = TEXTS.advice(TREE.advice(AdviceNumber.ADVICE_5), Language.DUTCH);

        assertThat(dutch.verdict()).contains("11 maart 2015");
        assertThat(dutch.title()).contains("alleen Nederland");
        assertThat(dutch.steps()).anySatisfy(s -> assertThat(s).contains("standaardinstelling"));
    }

    @Test
    void consentRulesCoverTheQualityRequirements() {
        String rules = String.join(
                " ",
                TEXTS.advice(TREE.advice(AdviceNumber.ADVICE_8), Language.DUTCH).consentRules());

        assertThat(rules)
                .contains(
                        "cookiewall",
                        "per doel",
                        "Vooraf aangevinkte",
                        "even makkelijk",
                        "art. 7 lid 1",
                        "Orange România",
                        "art. 7 lid 3",
                        "Per website");
    }

    @ParameterizedTest
    @EnumSource(ConflictRule.class)
    void everyConflictIsExplainedInBothLanguages(ConflictRule rule) {
        assertThat(TEXTS.conflict(rule, Language.DUTCH)).isNotBlank();
        assertThat(TEXTS.conflict(rule, Language.ENGLISH))
                .isNotBlank()
                .isNotEqualTo(TEXTS.conflict(rule, Language.DUTCH));
    }

    @Test
    void crossCuttingObligationsHaveTextsAndSteps() {
        for (CrossCuttingQuestion question : TREE.crossCuttingQuestions()) {
            for (Language language : Language.values()) {
                ObligationText text = TEXTS.obligation(question.id(), language);
                assertThat(text.title()).isNotBlank();
                assertThat(text.steps()).isNotEmpty();
            }
        }
        assertThat(TEXTS.obligation(QuestionId.K2, Language.DUTCH).explanation())
                .contains("lid 5", "niet kunnen verifiëren");
    }
}
