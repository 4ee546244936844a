package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cross-cutting question (K1–K3); answered "ja", it adds an obligation to the advices it applies to.
 *
 * @param id the question
 * @param appliesTo the advices to which the added obligation is relevant
 * @param citations the legal sources of the added obligation
 */
public record CrossCuttingQuestion(QuestionId id, Set<AdviceNumber> appliesTo, List<Citation> citations)
        implements Question {

    public CrossCuttingQuestion {
        Objects.requireNonNull(id, "id");
        appliesTo = Set.copyOf(appliesTo);
        citations = List.copyOf(citations);
        if (id.kind() != QuestionKind.CROSS_CUTTING) {
            throw new IllegalArgumentException(id + " is not a cross-cutting question");
        }
    }
}
