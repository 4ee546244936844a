package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import nl.cookiekeur.text.Language;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DecisionTreeValidationTest {
    private final Properties structure = LawResources.read(LawResources.STRUCTURE);
    private final Properties citations = LawResources.read(LawResources.CITATIONS);
    private final Properties dutch = LawResources.read(LawResources.textsResource(Language.DUTCH));
    private final Properties english = LawResources.read(LawResources.textsResource(Language.ENGLISH));

    private DecisionTree build() {
        return DecisionTree.from(structure, citations, dutch, english);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
            String resource, String key, String problem) {
        return assertThatThrownBy(this::build)
                .isInstanceOfSatisfying(InvalidLegalDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo(resource);
                    assertThat(e.key()).isEqualTo(key);
                })
                .hasMessage(resource + ", key '" + key + "': " + problem);
    }

    @Test
    void theShippedDataAreValid() {
        assertThat(build().paths()).hasSize(10);
    }

    @Test
    void aReferenceToAnUnknownQuestionIsRejected() {
        structure.setProperty("question.V3.no", "V10");

        assertRejected("beslisboom.properties", "question.V3.no", "refers to unknown question 'V10'");
    }

    @Test
    void aReferenceToAnUnknownAdviceIsRejected() {
        structure.setProperty("question.V9.no", "advice.11");

        assertRejected("beslisboom.properties", "question.V9.no", "refers to unknown advice 11; advices are 1 to 10");
    }

    @Test
    void aCrossCuttingQuestionCannotBeAStepOnThePath() {
        structure.setProperty("question.V6.no", "K1");

        assertRejected(
                "beslisboom.properties",
                "question.V6.no",
                "refers to cross-cutting question K1; only main questions can be asked on the path");
    }

    @Test
    void anUnreachableQuestionIsRejected() {
        structure.setProperty("question.V8.no", "advice.6");
        structure.setProperty("question.V7.no", "advice.8");

        assertRejected("beslisboom.properties", "question.V8", "is not reachable from root V1");
    }

    @Test
    void anUnreachableAdviceIsRejected() {
        structure.setProperty("question.V9.no", "advice.10");

        assertRejected("beslisboom.properties", "advice.9", "is not reachable from root V1");
    }

    @Test
    void aCycleIsRejected() {
        structure.setProperty("question.V5.no", "V2");

        assertRejected("beslisboom.properties", "question.V5.no", "leads back to V2, which makes a cycle");
    }

    @Test
    void aMissingBranchIsRejected() {
        structure.remove("question.V4.yes");

        assertRejected("beslisboom.properties", "question.V4.yes", "missing");
    }

    @Test
    void anUnknownKeyIsRejected() {
        structure.setProperty("question.V4.maybe", "V5");

        assertRejected("beslisboom.properties", "question.V4.maybe", "unknown key");
    }

    @Test
    void anUncitedAdviceIsRejected() {
        structure.setProperty("advice.7.cite", " ");

        assertRejected("beslisboom.properties", "advice.7.cite", "cites no source");
    }

    @Test
    void anUncitedQuestionIsRejected() {
        structure.remove("question.K2.cite");

        assertRejected("beslisboom.properties", "question.K2.cite", "missing");
    }

    @Test
    void aCitationMissingFromTheCatalogueIsRejected() {
        structure.setProperty("question.V2.cite", "tw-11.7a-3a, wp29-999");

        assertRejected(
                "beslisboom.properties", "question.V2.cite", "cites 'wp29-999', which is not in citations.properties");
    }

    @Test
    void aConsentFlagThatIsNotABooleanIsRejected() {
        structure.setProperty("advice.8.consentRequired", "ja");

        assertRejected("beslisboom.properties", "advice.8.consentRequired", "must be true or false");
    }

    @Test
    void aBranchOnACrossCuttingQuestionIsRejected() {
        structure.setProperty("question.K3.yes", "V2");

        assertRejected(
                "beslisboom.properties", "question.K3.yes", "not allowed: a cross-cutting question does not branch");
    }

    @Test
    void aCitationWithoutProvisionIsRejected() {
        citations.remove("avg-8.provision");

        assertRejected("citations.properties", "avg-8.provision", "missing");
    }

    @Test
    void aCitationWithAnUnknownFieldIsRejected() {
        citations.setProperty("avg-8.remark", "x");

        assertRejected(
                "citations.properties",
                "avg-8.remark",
                "unknown field; expected <id>.[instrument, provision, title, title-en, reference-en, url, uncertain]");
    }

    @Test
    void aCitationWithoutItsEnglishTitleIsRejected() {
        citations.remove("avg-8.title-en");

        assertRejected("citations.properties", "avg-8.title-en", "missing");
    }

    @Test
    void aTextMissingInEnglishIsRejected() {
        english.remove("advice.4.formerly");

        assertRejected("texts_en.properties", "advice.4.formerly", "text missing");
    }

    @Test
    void aTextOnlyInEnglishIsReportedMissingInDutch() {
        english.setProperty("advice.4.step.4", "Extra step.");

        assertRejected("texts_nl.properties", "advice.4.step.4", "text missing");
    }

    @Test
    void aBlankTextIsRejected() {
        dutch.setProperty("question.V6.explanation", "  ");

        assertRejected("texts_nl.properties", "question.V6.explanation", "text is empty");
    }

    @Test
    void aGapInANumberedListIsRejected() {
        dutch.setProperty("advice.4.step.9", "Stap negen.");
        english.setProperty("advice.4.step.9", "Step nine.");

        assertRejected("texts_nl.properties", "advice.4.step.9", "list item without advice.4.step.8");
    }

    @Test
    void aMissingConflictExplanationIsRejected() {
        dutch.remove("conflict.THIRD_PARTY_YET_NO_TRACKING");

        assertRejected("texts_nl.properties", "conflict.THIRD_PARTY_YET_NO_TRACKING", "text missing");
    }
}
