package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.cookiekeur.compliance.CheckId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionTreePathsTest {
    private static final DecisionTree TREE = DecisionTree.load();

    /** Every root-to-leaf path of legal-rules.md section E.3, with the expected advice and duties. */
    static Stream<Arguments> pathsOfSectionE3() {
        return Stream.of(
                path("V1=nee", 1, false, false),
                path("V1=ja V2=ja", 4, false, false),
                path("V1=ja V2=nee V3=ja", 2, false, false),
                path("V1=ja V2=nee V3=nee V4=ja", 3, false, false),
                path("V1=ja V2=nee V3=nee V4=nee V5=ja", 5, false, false),
                path("V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=ja", 7, true, true),
                path("V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=nee V8=ja", 6, true, true),
                path("V1=ja V2=nee V3=nee V4=nee V5=nee V6=ja V7=nee V8=nee", 8, true, true),
                path("V1=ja V2=nee V3=nee V4=nee V5=nee V6=nee V9=ja", 10, true, true),
                path("V1=ja V2=nee V3=nee V4=nee V5=nee V6=nee V9=nee", 9, true, true));
    }

    private static Arguments path(String answers, int advice, boolean consent, boolean informationDuty) {
        return Arguments.of(answers, advice, consent, informationDuty);
    }

    @ParameterizedTest(name = "{0} -> Advies {1}")
    @MethodSource("pathsOfSectionE3")
    void eachPathLeadsToTheAdviceOfSectionE3(String answers, int advice, boolean consent, boolean informationDuty) {
        Verdict verdict = new Advisor(TREE).advise(Answers.parse(answers));

        assertThat(verdict).isInstanceOf(Verdict.Concluded.class);
        Verdict.Concluded concluded = (Verdict.Concluded) verdict;
        assertThat(concluded.advice().number().number()).isEqualTo(advice);
        assertThat(concluded.advice().consentRequired()).isEqualTo(consent);
        assertThat(concluded.advice().informationDuty()).isEqualTo(informationDuty);
        assertThat(concluded.path().answers()).isEqualTo(Answers.parse(answers));
        assertThat(concluded.advice().citations()).isNotEmpty();
        assertThat(concluded.unusedAnswers()).isEmpty();
    }

    @Test
    void pathsEnumeratesExactlyThePathsOfSectionE3() {
        List<String> expected = pathsOfSectionE3()
                .map(a -> (String) a.get()[0])
                .map(Answers::parse)
                .map(Answers::toString)
                .toList();

        List<String> actual =
                TREE.paths().stream().map(p -> p.answers().toString()).toList();

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyEnumeratedPathEndsInTheAdviceTheAdvisorGives() {
        Advisor advisor = new Advisor(TREE);
        for (DecisionPath path : TREE.paths()) {
            Verdict verdict = advisor.advise(path.answers());
            assertThat(verdict)
                    .as(path.toString())
                    .isInstanceOfSatisfying(
                            Verdict.Concluded.class, c -> assertThat(c.path()).isEqualTo(path));
        }
    }

    @Test
    void everyAdviceIsReachedByExactlyOnePath() {
        assertThat(TREE.paths()).extracting(DecisionPath::advice).containsExactlyInAnyOrder(AdviceNumber.values());
    }

    @Test
    void consentAndTheTelecomInformationDutyApplyExactlyToAdvicesSixToTen() {
        for (Advice advice : TREE.advices()) {
            boolean sixOrHigher = advice.number().number() >= 6;
            assertThat(advice.consentRequired()).as(advice.number().name()).isEqualTo(sixOrHigher);
            assertThat(advice.informationDuty()).as(advice.number().name()).isEqualTo(sixOrHigher);
        }
    }

    @Test
    void everyQuestionAndAdviceIsCited() {
        assertThat(TREE.questions())
                .hasSize(QuestionId.values().length)
                .allSatisfy(q -> assertThat(q.citations()).isNotEmpty());
        assertThat(TREE.advices())
                .hasSize(10)
                .allSatisfy(a -> assertThat(a.citations()).isNotEmpty());
    }

    @Test
    void theRootIsV1AndExemptionsAreAskedBeforeTracking() {
        assertThat(TREE.root().id()).isEqualTo(QuestionId.V1);
        assertThat(TREE.mainQuestion(QuestionId.V2).yes()).isEqualTo(new Step.Conclude(AdviceNumber.ADVICE_4));
        assertThat(TREE.mainQuestion(QuestionId.V5).no()).isEqualTo(new Step.Ask(QuestionId.V6));
        assertThat(TREE.mainQuestion(QuestionId.V6).no()).isEqualTo(new Step.Ask(QuestionId.V9));
    }

    @Test
    void uncertainSourcesAreFlaggedAsUncertain() {
        for (String id : List.of("tw-11.7a-4", "tw-11.7a-5", "tw-15.4", "uavg-5")) {
            assertThat(TREE.citations().find(id))
                    .as(id)
                    .hasValueSatisfying(c -> assertThat(c.uncertain()).isTrue());
        }
        assertThat(TREE.citations().find("tw-11.7a-1"))
                .hasValueSatisfying(c -> assertThat(c.uncertain()).isFalse());
    }

    @Test
    void everyCatalogueEntryIsCitedSomewhere() {
        Stream<String> cited = Stream.concat(
                        TREE.questions().stream().flatMap(q -> q.citations().stream()),
                        TREE.advices().stream().flatMap(a -> a.citations().stream()))
                .map(Citation::id);
        Stream<String> citedByChecks = Stream.of(CheckId.values()).flatMap(c -> c.citationIds().stream());

        assertThat(Stream.concat(cited, citedByChecks).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        TREE.citations().all().stream().map(Citation::id).toList());
    }
}
