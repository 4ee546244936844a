package nl.cookiekeur.web.wizard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.AnsweredQuestion;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;

/**
 * Where a visitor is in the wizard: the answers from the address ({@code ?V1=ja&V2=nee}), in the order they
 * were asked, the verdict they lead to and the question to ask next (main questions first, then the
 * cross-cutting questions that could add an obligation to the advice reached).
 *
 * @param asked the answered questions in the order asked
 * @param answers the answers that count (answers off the path are dropped)
 * @param verdict the Advisor's verdict for them
 * @param next the question to ask next, or empty when the advice is complete
 */
record WizardTrail(List<AnsweredQuestion> asked, Answers answers, Verdict verdict, Optional<QuestionId> next) {

    /**
     * Reads the answers from the query.
     *
     * @throws nl.cookiekeur.law.InvalidAnswerException when a value is not ja/nee/yes/no
     */
    static WizardTrail read(Context ctx, DecisionTree tree, Advisor advisor) {
        Map<QuestionId, Boolean> given = new EnumMap<>(QuestionId.class);
        for (QuestionId id : QuestionId.values()) {
            String value = ctx.queryParam(id.name());
            if (value != null && !value.isBlank()) {
                given.put(id, Answers.parseValue(value));
            }
        }
        return walk(Answers.of(given), tree, advisor);
    }

    static WizardTrail walk(Answers given, DecisionTree tree, Advisor advisor) {
        Verdict verdict = advisor.advise(given);
        return switch (verdict) {
            case Verdict.Open open ->
                new WizardTrail(
                        open.pathSoFar(),
                        onPath(open.pathSoFar(), List.of()),
                        verdict,
                        Optional.of(open.nextQuestion().id()));
            case Verdict.Concluded concluded -> {
                List<AnsweredQuestion> asked = new ArrayList<>(concluded.path().steps());
                List<AnsweredQuestion> crossCutting = new ArrayList<>();
                tree.crossCuttingQuestions().stream()
                        .filter(question ->
                                question.appliesTo().contains(concluded.advice().number()))
                        .forEach(question -> given.answer(question.id())
                                .ifPresent(answer -> crossCutting.add(new AnsweredQuestion(question.id(), answer))));
                asked.addAll(crossCutting);
                Optional<QuestionId> next = concluded.unansweredCrossCutting().stream()
                        .filter(id -> tree.crossCuttingQuestions().stream()
                                .anyMatch(question -> question.id() == id
                                        && question.appliesTo()
                                                .contains(concluded.advice().number())))
                        .sorted()
                        .findFirst();
                Answers counted = onPath(concluded.path().steps(), crossCutting);
                yield new WizardTrail(asked, counted, advisor.advise(counted), next);
            }
            case Verdict.Contradicted contradicted ->
                // The wizard only offers answers on the path, so only a hand-made address can contradict.
                walk(Answers.none(), tree, advisor);
        };
    }

    private static Answers onPath(List<AnsweredQuestion> path, List<AnsweredQuestion> crossCutting) {
        Map<QuestionId, Boolean> kept = new EnumMap<>(QuestionId.class);
        path.forEach(step -> kept.put(step.question(), step.answer()));
        crossCutting.forEach(step -> kept.put(step.question(), step.answer()));
        return Answers.of(kept);
    }

    /** The query of these answers in the order asked, such as {@code V1=ja&V2=nee}; empty for none. */
    static String query(List<AnsweredQuestion> answers) {
        StringBuilder query = new StringBuilder();
        for (AnsweredQuestion step : answers) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(step.question().name()).append('=').append(step.answer() ? "ja" : "nee");
        }
        return query.toString();
    }

    /** The answers without the last one asked, for "back"; empty when nothing was answered. */
    Optional<String> backQuery() {
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query(asked.subList(0, asked.size() - 1)));
    }
}
