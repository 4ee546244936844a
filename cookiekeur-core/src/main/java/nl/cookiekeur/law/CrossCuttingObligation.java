package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * An obligation added to an advice because a cross-cutting question was answered "ja"; its texts are in
 * {@link LegalTexts#obligation(QuestionId, nl.cookiekeur.text.Language)}.
 *
 * @param source the cross-cutting question that triggered it
 * @param citations the legal sources of the obligation
 */
public record CrossCuttingObligation(QuestionId source, List<Citation> citations) {

    public CrossCuttingObligation {
        Objects.requireNonNull(source, "source");
        citations = List.copyOf(citations);
    }
}
