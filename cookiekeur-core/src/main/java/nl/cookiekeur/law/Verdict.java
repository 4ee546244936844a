package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The outcome of walking the beslisboom with a set of answers. */
public sealed interface Verdict {

    /**
     * The answers lead to an advice.
     *
     * @param advice the advice reached
     * @param path the questions and answers that led to it
     * @param obligations obligations added by cross-cutting questions answered "ja" that apply to this advice
     * @param unusedAnswers main questions that were answered but are not on the path (ignored)
     * @param unansweredCrossCutting cross-cutting questions not answered yet
     */
    record Concluded(
            Advice advice,
            DecisionPath path,
            List<CrossCuttingObligation> obligations,
            Set<QuestionId> unusedAnswers,
            Set<QuestionId> unansweredCrossCutting)
            implements Verdict {
        public Concluded {
            Objects.requireNonNull(advice, "advice");
            Objects.requireNonNull(path, "path");
            obligations = List.copyOf(obligations);
            unusedAnswers = Set.copyOf(unusedAnswers);
            unansweredCrossCutting = Set.copyOf(unansweredCrossCutting);
        }
    }

    /**
     * An answer on the path is missing; the next question must be asked.
     *
     * @param nextQuestion the first unanswered question on the path
     * @param pathSoFar the questions answered on the way to it
     */
    record Open(MainQuestion nextQuestion, List<AnsweredQuestion> pathSoFar) implements Verdict {
        public Open {
            Objects.requireNonNull(nextQuestion, "nextQuestion");
            pathSoFar = List.copyOf(pathSoFar);
        }
    }

    /**
     * The answers contradict each other, so no advice can be given until they are corrected.
     *
     * @param conflicts every contradiction found; never empty
     */
    record Contradicted(List<Conflict> conflicts) implements Verdict {
        public Contradicted {
            conflicts = List.copyOf(conflicts);
            if (conflicts.isEmpty()) {
                throw new IllegalArgumentException("a contradicted verdict needs at least one conflict");
            }
        }
    }
}
