package nl.cookiekeur.profile;

import java.util.List;
import java.util.Objects;

/**
 * The explanation of a tool profile in one language.
 *
 * @param rationale why the tool's answers lead to its advice, in a few sentences
 * @param conditions circumstances under which the answers, and so the advice, would change; at least one
 * @param uncertainties points where the sources are uncertain or unverified; may be empty
 */
public record ToolProfileText(String rationale, List<String> conditions, List<String> uncertainties) {

    public ToolProfileText {
        Objects.requireNonNull(rationale, "rationale");
        conditions = List.copyOf(conditions);
        uncertainties = List.copyOf(uncertainties);
        if (rationale.isBlank()) {
            throw new IllegalArgumentException("rationale must not be blank");
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("conditions must not be empty");
        }
        if (conditions.stream().anyMatch(String::isBlank)
                || uncertainties.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("conditions and uncertainties must not contain blank texts");
        }
    }
}
