package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/** A complete route from the root of the beslisboom to one advice. */
public record DecisionPath(List<AnsweredQuestion> steps, AdviceNumber advice) {

    public DecisionPath {
        steps = List.copyOf(steps);
        Objects.requireNonNull(advice, "advice");
    }

    /** The answers that lead along this path. */
    public Answers answers() {
        Answers answers = Answers.none();
        for (AnsweredQuestion step : steps) {
            answers = answers.with(step.question(), step.answer());
        }
        return answers;
    }
}
