package nl.cookiekeur.law;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Walks the beslisboom with given answers and says which advice follows, what is missing or what clashes. */
public final class Advisor {
    private final DecisionTree tree;

    public Advisor(DecisionTree tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** The verdict for these answers; pure, and never throws for any combination of answers. */
    public Verdict advise(Answers answers) {
        List<Conflict> conflicts = ConflictRule.findAll(answers);
        if (!conflicts.isEmpty()) {
            return new Verdict.Contradicted(conflicts);
        }
        List<AnsweredQuestion> path = new ArrayList<>();
        MainQuestion question = tree.root();
        while (true) {
            var answer = answers.answer(question.id());
            if (answer.isEmpty()) {
                return new Verdict.Open(question, path);
            }
            path.add(new AnsweredQuestion(question.id(), answer.get()));
            switch (question.next(answer.get())) {
                case Step.Ask ask -> question = tree.mainQuestion(ask.question());
                case Step.Conclude conclude -> {
                    return concluded(tree.advice(conclude.advice()), path, answers);
                }
            }
        }
    }

    private Verdict.Concluded concluded(Advice advice, List<AnsweredQuestion> path, Answers answers) {
        List<CrossCuttingObligation> obligations = new ArrayList<>();
        Set<QuestionId> unanswered = EnumSet.noneOf(QuestionId.class);
        for (CrossCuttingQuestion crossCutting : tree.crossCuttingQuestions()) {
            if (answers.answer(crossCutting.id()).isEmpty()) {
                unanswered.add(crossCutting.id());
            } else if (answers.isYes(crossCutting.id())
                    && crossCutting.appliesTo().contains(advice.number())) {
                obligations.add(new CrossCuttingObligation(crossCutting.id(), crossCutting.citations()));
            }
        }
        Set<QuestionId> unused = EnumSet.noneOf(QuestionId.class);
        for (QuestionId id : answers.answered()) {
            boolean onPath = path.stream().anyMatch(step -> step.question() == id);
            if (id.kind() == QuestionKind.MAIN && !onPath) {
                unused.add(id);
            }
        }
        return new Verdict.Concluded(advice, new DecisionPath(path, advice.number()), obligations, unused, unanswered);
    }
}
