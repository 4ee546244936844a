package nl.cookiekeur.law;

import java.util.Objects;

/** One step on a path through the beslisboom: a question and the answer given to it. */
public record AnsweredQuestion(QuestionId question, boolean answer) {

    public AnsweredQuestion {
        Objects.requireNonNull(question, "question");
    }
}
