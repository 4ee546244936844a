package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * A question of the main tree (V1–V9) whose yes and no answers each lead to a next question or an advice.
 *
 * @param id the question
 * @param yes where "ja" leads
 * @param no where "nee" leads
 * @param citations the legal sources that ground the question
 */
public record MainQuestion(QuestionId id, Step yes, Step no, List<Citation> citations) implements Question {

    public MainQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
        citations = List.copyOf(citations);
        if (id.kind() != QuestionKind.MAIN) {
            throw new IllegalArgumentException(id + " is not a main question");
        }
    }

    /** Where the given answer leads. */
    public Step next(boolean answer) {
        return answer ? yes : no;
    }
}
