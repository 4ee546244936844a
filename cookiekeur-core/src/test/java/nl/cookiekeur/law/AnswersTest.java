package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void parsesDutchAndEnglishValuesInAnyCase() {
        Answers answers = Answers.parse("V1=ja, v2=NEE; K1=Yes  K3=no");

        assertThat(answers.asMap())
                .containsExactly(
                        Map.entry(QuestionId.V1, true),
                        Map.entry(QuestionId.V2, false),
                        Map.entry(QuestionId.K1, true),
                        Map.entry(QuestionId.K3, false));
    }

    @Test
    void blankInputMeansNoAnswers() {
        assertThat(Answers.parse("  ")).isEqualTo(Answers.none());
    }

    @Test
    void withReturnsACopyAndLeavesTheOriginalUnchanged() {
        Answers original = Answers.parse("V1=ja");

        Answers changed = original.with(QuestionId.V1, false).with(QuestionId.V2, true);

        assertThat(original.isYes(QuestionId.V1)).isTrue();
        assertThat(changed.isNo(QuestionId.V1)).isTrue();
        assertThat(changed.answer(QuestionId.V2)).contains(true);
        assertThat(original.answer(QuestionId.V2)).isEmpty();
    }

    @Test
    void toStringCanBeParsedBack() {
        Answers answers = Answers.parse("K2=ja V9=nee V1=ja");

        assertThat(answers.toString()).isEqualTo("V1=ja, V9=nee, K2=ja");
        assertThat(Answers.parse(answers.toString())).isEqualTo(answers);
    }

    @Test
    void anUnknownValueIsRejectedWithADutchMessageByDefault() {
        assertThatThrownBy(() -> Answers.parse("V1=misschien"))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAnswerException.Problem.UNKNOWN_VALUE);
                    assertThat(e.input()).isEqualTo("misschien");
                    assertThat(e.message(Language.ENGLISH))
                            .isEqualTo("Unknown answer 'misschien': use ja or nee (or yes or no).");
                })
                .hasMessage("Onbekend antwoord 'misschien': gebruik ja of nee (of yes of no).");
    }

    @Test
    void anUnknownQuestionIsRejected() {
        assertThatThrownBy(() -> Answers.parse("V10=ja"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Onbekende vraag 'V10': kies uit V1 tot en met V9 of K1 tot en met K3.");
    }

    @Test
    void aPairWithoutEqualsSignIsRejected() {
        assertThatThrownBy(() -> Answers.parse("V1 ja"))
                .isInstanceOfSatisfying(
                        InvalidAnswerException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidAnswerException.Problem.MALFORMED))
                .hasMessage("Kan 'V1' niet lezen: gebruik VRAAG=ja of VRAAG=nee, bijvoorbeeld V1=ja.");
    }

    @Test
    void answeringTheSameQuestionBothWaysIsRejected() {
        assertThatThrownBy(() -> Answers.parse("V3=ja V3=nee"))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("Vraag V3 is zowel met ja als met nee beantwoord; geef één antwoord.");
    }

    @Test
    void repeatingTheSameAnswerIsAccepted() {
        assertThat(Answers.parse("V3=ja V3=yes")).isEqualTo(Answers.none().with(QuestionId.V3, true));
    }

    @Test
    void questionIdsParseIgnoringCaseAndKnowTheirKind() {
        assertThat(QuestionId.parse(" k2 ")).isEqualTo(QuestionId.K2);
        assertThat(QuestionId.K2.kind()).isEqualTo(QuestionKind.CROSS_CUTTING);
        assertThat(QuestionId.V9.kind()).isEqualTo(QuestionKind.MAIN);
    }

    @Test
    void adviceNumbersOutsideOneToTenDoNotExist() {
        assertThat(AdviceNumber.of(7)).contains(AdviceNumber.ADVICE_7);
        assertThat(AdviceNumber.of(0)).isEmpty();
        assertThat(AdviceNumber.of(11)).isEmpty();
    }
}
