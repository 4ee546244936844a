package nl.cookiekeur.profile;

import java.util.List;
import java.util.Objects;

/**
 * The user-facing description of a tool profile in one language.
 *
 * @param name the name shown to users, such as "Winkelmandje" or "Shopping cart"
 * @param vendor the company or party behind the technology, such as "Google" or "your own website"
 * @param rationale why the tool's answers lead to its advice, in a few sentences
 * @param conditions circumstances under which the answers, and so the advice, would change; at least one
 * @param uncertainties points where the sources are uncertain or unverified; may be empty
 */
public record ToolProfileText(
        String name, String vendor, String rationale, List<String> conditions, List<String> uncertainties) {

    public ToolProfileText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(rationale, "rationale");
        conditions = List.copyOf(conditions);
        uncertainties = List.copyOf(uncertainties);
        if (name.isBlank() || vendor.isBlank()) {
            throw new IllegalArgumentException("name and vendor must not be blank");
        }
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
