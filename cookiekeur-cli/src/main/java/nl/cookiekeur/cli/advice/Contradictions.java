package nl.cookiekeur.cli.advice;

import java.util.stream.Collectors;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.law.Conflict;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.law.QuestionId;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;

/** Puts contradictory answers into one line the user can act on. */
final class Contradictions {
    private Contradictions() {}

    static String describe(Verdict.Contradicted contradicted, DecisionTree tree, Language language, Messages messages) {
        String conflicts = contradicted.conflicts().stream()
                .map(conflict -> describe(conflict, tree, language))
                .collect(Collectors.joining(" "));
        return messages.get("advies.error.contradiction", conflicts);
    }

    private static String describe(Conflict conflict, DecisionTree tree, Language language) {
        String questions = conflict.questions().stream().map(QuestionId::name).collect(Collectors.joining(", "));
        return "(" + questions + ") " + tree.texts().conflict(conflict.rule(), language);
    }
}
