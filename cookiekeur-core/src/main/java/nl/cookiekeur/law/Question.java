package nl.cookiekeur.law;

import java.util.List;

/** A yes/no question of the beslisboom, asked per storage of or read-out of information on a device. */
public sealed interface Question permits MainQuestion, CrossCuttingQuestion {

    /** The stable identifier. */
    QuestionId id();

    /** The legal sources that ground the question; never empty. */
    List<Citation> citations();

    /** Whether the question is on the main tree or cross-cutting. */
    default QuestionKind kind() {
        return id().kind();
    }
}
