package nl.cookiekeur.cli;

import java.util.Objects;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;

/**
 * The core ports and values the commands work with; the application builds the implementations and hands
 * them over here, so the command line depends on the core only.
 *
 * @param decisionTree the beslisboom with its questions, advices, citations and texts
 * @param advisor walks the beslisboom for a set of answers
 */
public record CliServices(DecisionTree decisionTree, Advisor advisor) {

    public CliServices {
        Objects.requireNonNull(decisionTree, "decisionTree");
        Objects.requireNonNull(advisor, "advisor");
    }
}
