package nl.cookiekeur.web.wizard;

import java.util.EnumMap;
import java.util.Map;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.MainQuestion;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.QuestionKind;
import nl.cookiekeur.law.Step;

/**
 * How many main questions can still follow a question at most, for the wizard's progress bar; computed once
 * for every question, so concurrent requests only read.
 */
final class Progress {
    private final DecisionTree tree;
    private final Map<QuestionId, Integer> depths = new EnumMap<>(QuestionId.class);

    Progress(DecisionTree tree) {
        this.tree = tree;
        for (QuestionId id : QuestionId.values()) {
            if (id.kind() == QuestionKind.MAIN) {
                depthFrom(id);
            }
        }
    }

    /** The most questions a walk from {@code id} can still ask, {@code id} included. */
    int depthFrom(QuestionId id) {
        Integer known = depths.get(id);
        if (known != null) {
            return known;
        }
        MainQuestion question = tree.mainQuestion(id);
        int depth = 1 + Math.max(depthAfter(question.yes()), depthAfter(question.no()));
        depths.put(id, depth);
        return depth;
    }

    private int depthAfter(Step step) {
        return step instanceof Step.Ask ask ? depthFrom(ask.question()) : 0;
    }
}
