package nl.cookiekeur.law;

import java.util.List;
import java.util.Objects;

/**
 * A contradiction between answers; its explanation is in
 * {@link LegalTexts#conflict(ConflictRule, nl.cookiekeur.text.Language)}.
 *
 * @param rule which rule the answers break
 * @param questions the questions whose answers clash
 */
public record Conflict(ConflictRule rule, List<QuestionId> questions) {

    public Conflict {
        Objects.requireNonNull(rule, "rule");
        questions = List.copyOf(questions);
    }
}
