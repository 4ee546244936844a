package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * The wording of an obligation added by a cross-cutting question, in one language.
 *
 * @param title a short name, such as "Kinderen jonger dan 16"
 * @param explanation what the obligation is and why
 * @param steps concrete steps for the website owner
 */
public record ObligationText(String title, String explanation, List<String> steps) {

    public ObligationText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        steps = List.copyOf(steps);
    }
}
