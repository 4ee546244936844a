package nl.cookiekeur.web.wizard;

import java.util.List;
import nl.cookiekeur.law.Citation;
import nl.cookiekeur.law.QuestionText;
import org.jspecify.annotations.Nullable;

/**
 * One question of the wizard as a page shows it.
 *
 * @param id the question's id, the name of its form field
 * @param text question, explanation and examples in the page's language
 * @param crossCutting whether it is one of the closing questions that can add an obligation
 * @param number the question's number in this walk, from 1
 * @param progress questions answered so far
 * @param expected the questions this walk will likely take in all (at least {@code number})
 * @param hidden the answers given before, as hidden fields in the order asked
 * @param back the address of the previous question, or {@code null} on the first
 * @param citations the sources behind the question
 */
public record QuestionView(
        String id,
        QuestionText text,
        boolean crossCutting,
        int number,
        int progress,
        int expected,
        List<Field> hidden,
        @Nullable String back,
        List<Citation> citations) {

    /** A hidden form field. */
    public record Field(String name, String value) {}

    public QuestionView {
        hidden = List.copyOf(hidden);
        citations = List.copyOf(citations);
    }

    /** Whether there is a previous question. */
    public boolean hasBack() {
        return back != null;
    }

    /** The address of the previous question, or empty. */
    public String backHref() {
        return back == null ? "" : back;
    }
}
