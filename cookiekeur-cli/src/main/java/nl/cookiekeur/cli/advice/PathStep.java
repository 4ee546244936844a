package nl.cookiekeur.cli.advice;

import java.util.List;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.law.AnsweredQuestion;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.text.Language;

/** One answered question on the way to an advice. */
record PathStep(String question, boolean answer, String text) {

    static List<PathStep> of(List<AnsweredQuestion> steps, DecisionTree tree, Language language) {
        return steps.stream()
                .map(step -> new PathStep(
                        step.question().name(),
                        step.answer(),
                        tree.texts().question(step.question(), language).question()))
                .toList();
    }

    /** "V1 (ja): Slaat u …?". */
    String line(Messages messages) {
        return question + " (" + Answer.word(answer, messages) + "): " + text;
    }

    static List<String> lines(List<PathStep> path, Messages messages) {
        return path.stream().map(step -> step.line(messages)).toList();
    }
}
