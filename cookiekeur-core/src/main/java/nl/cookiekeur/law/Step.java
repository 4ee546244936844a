package nl.cookiekeur.law;

import java.util.Objects;

/** Where an answer leads in the beslisboom: to a further question or to an advice. */
public sealed interface Step {

    /** Continue with another question of the main tree. */
    record Ask(QuestionId question) implements Step {
        public Ask {
            Objects.requireNonNull(question, "question");
            if (question.kind() != QuestionKind.MAIN) {
                throw new IllegalArgumentException("a step can only ask a main question, not " + question);
            }
        }
    }

    /** Stop and give this advice. */
    record Conclude(AdviceNumber advice) implements Step {
        public Conclude {
            Objects.requireNonNull(advice, "advice");
        }
    }
}
