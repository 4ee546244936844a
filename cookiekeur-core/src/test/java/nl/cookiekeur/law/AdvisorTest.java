package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisorTest {
    private static final DecisionTree TREE = DecisionTree.load();
    private final Advisor advisor = new Advisor(TREE);

    private Verdict advise(String answers) {
        return advisor.advise(Answers.parse(answers));
    }

    @Test
    void withoutAnswersTheFirstQuestionIsAsked() {
        assertThat(advise("")).isEqualTo(new Verdict.Open(TREE.mainQuestion(QuestionId.V1), List.of()));
    }

    @Test
    void aMissingAnswerOnThePathAsksThatQuestionWithThePathSoFar() {
        Verdict verdict = advise("V1=ja V2=nee V3=nee V5=ja");

        assertThat(verdict)
                .isEqualTo(new Verdict.Open(
                        TREE.mainQuestion(QuestionId.V4),
                        List.of(
                                new AnsweredQuestion(QuestionId.V1, true),
                                new AnsweredQuestion(QuestionId.V2, false),
                                new AnsweredQuestion(QuestionId.V3, false))));
    }

    @Test
    void answersOffThePathAreIgnoredButReportedAsUnused() {
        Verdict verdict = advise("V1=ja V2=nee V3=ja V7=nee V9=ja");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Concluded.class, c -> {
            assertThat(c.advice().number()).isEqualTo(AdviceNumber.ADVICE_2);
            assertThat(c.unusedAnswers()).containsExactlyInAnyOrder(QuestionId.V7, QuestionId.V9);
        });
    }

    @Test
    void crossCuttingAnswersAddObligationsWithoutChangingTheAdvice() {
        Verdict verdict = advise("V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=ja K1=ja K2=ja K3=ja");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Concluded.class, c -> {
            assertThat(c.advice().number()).isEqualTo(AdviceNumber.ADVICE_7);
            assertThat(c.obligations())
                    .extracting(CrossCuttingObligation::source)
                    .containsExactly(QuestionId.K1, QuestionId.K2, QuestionId.K3);
            assertThat(c.obligations().get(0).citations())
                    .extracting(Citation::id)
                    .contains("avg-8", "uavg-5");
            assertThat(c.unansweredCrossCutting()).isEmpty();
            assertThat(c.unusedAnswers()).isEmpty();
        });
    }

    @Test
    void consentRelatedObligationsDoNotApplyToExemptAdvices() {
        Verdict verdict = advise("V1=ja V2=nee V3=ja K1=ja K2=ja K3=ja");

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Concluded.class,
                        c -> assertThat(c.obligations())
                                .extracting(CrossCuttingObligation::source)
                                .containsExactly(QuestionId.K3));
    }

    @Test
    void noObligationAppliesWhenNothingIsStored() {
        Verdict verdict = advise("V1=nee K1=ja K2=ja K3=ja");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Concluded.class, c -> {
            assertThat(c.advice().number()).isEqualTo(AdviceNumber.ADVICE_1);
            assertThat(c.obligations()).isEmpty();
        });
    }

    @Test
    void crossCuttingQuestionsAnsweredNoAddNothingAndUnansweredOnesAreListed() {
        Verdict verdict = advise("V1=ja V2=nee V3=nee V4=nee V5=nee V6=nee V9=ja K1=nee");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Concluded.class, c -> {
            assertThat(c.advice().number()).isEqualTo(AdviceNumber.ADVICE_10);
            assertThat(c.obligations()).isEmpty();
            assertThat(c.unansweredCrossCutting()).containsExactlyInAnyOrder(QuestionId.K2, QuestionId.K3);
        });
    }

    @Test
    void noStorageTogetherWithAPurposeIsContradictory() {
        Verdict verdict = advise("V1=nee V3=ja V9=ja V4=nee");

        assertThat(verdict)
                .isEqualTo(new Verdict.Contradicted(List.of(new Conflict(
                        ConflictRule.NO_STORAGE_YET_PURPOSE, List.of(QuestionId.V1, QuestionId.V3, QuestionId.V9)))));
    }

    @Test
    void anExemptionTogetherWithCrossSiteTrackingIsContradictoryPerExemption() {
        Verdict verdict = advise("V1=ja V2=ja V5=ja V6=ja");

        assertThat(verdict)
                .isEqualTo(new Verdict.Contradicted(List.of(
                        new Conflict(
                                ConflictRule.EXEMPTION_YET_CROSS_SITE_TRACKING, List.of(QuestionId.V2, QuestionId.V6)),
                        new Conflict(
                                ConflictRule.EXEMPTION_YET_CROSS_SITE_TRACKING,
                                List.of(QuestionId.V5, QuestionId.V6)))));
    }

    @Test
    void aThirdPartyTrackerWithoutCrossSiteTrackingIsContradictory() {
        Verdict verdict = advise("V1=ja V2=nee V3=nee V4=nee V5=nee V6=nee V7=ja V9=nee");

        assertThat(verdict)
                .isEqualTo(new Verdict.Contradicted(List.of(new Conflict(
                        ConflictRule.THIRD_PARTY_YET_NO_TRACKING, List.of(QuestionId.V6, QuestionId.V7)))));
    }

    @Test
    void allConflictsAreReportedTogether() {
        Verdict verdict = advise("V1=nee V4=ja V6=ja V7=ja");

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Contradicted.class,
                        c -> assertThat(c.conflicts())
                                .extracting(Conflict::rule)
                                .containsExactly(
                                        ConflictRule.NO_STORAGE_YET_PURPOSE,
                                        ConflictRule.EXEMPTION_YET_CROSS_SITE_TRACKING));
    }

    @Test
    void answeringNoToAnExemptionBesideTrackingIsNotAConflict() {
        Verdict verdict = advise("V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=nee V8=nee");

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Concluded.class,
                        c -> assertThat(c.advice().number()).isEqualTo(AdviceNumber.ADVICE_8));
    }

    @Test
    void everyCombinationOfMainAnswersGivesAVerdictWithoutThrowing() {
        QuestionId[] main = {
            QuestionId.V1,
            QuestionId.V2,
            QuestionId.V3,
            QuestionId.V4,
            QuestionId.V5,
            QuestionId.V6,
            QuestionId.V7,
            QuestionId.V8,
            QuestionId.V9
        };
        int concluded = 0;
        for (int bits = 0; bits < 1 << main.length; bits++) {
            Answers answers = Answers.none();
            for (int i = 0; i < main.length; i++) {
                answers = answers.with(main[i], (bits & (1 << i)) != 0);
            }
            if (advisor.advise(answers) instanceof Verdict.Concluded) {
                concluded++;
            }
        }
        assertThat(concluded).isPositive().isLessThan(1 << main.length);
    }
}
