package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * The wording of a question in one language, for a wizard or a report.
 *
 * @param question the question itself, answerable with ja or nee
 * @param explanation what the question means and how to decide
 * @param examples typical cases, at least one
 */
public record QuestionText(String question, String explanation, List<String> examples) {

    public QuestionText {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(explanation, "explanation");
        examples = List.copyOf(examples);
    }
}
