package nl.cookiekeur.compliance;

import java.util.List;

/**
 * A check that always fails with the given message, standing in for a check with a bug; for the tests of
 * every module that must show a failed check.
 */
public record FailingCheck(CheckId id, String message) implements Check {

    /** The shipped checks in order, with the one of the given id replaced by a check that fails. */
    public static List<Check> catalogueWith(CheckId failing, String message) {
        return CheckCatalogue.all().stream()
                .map(check -> check.id() == failing ? new FailingCheck(failing, message) : check)
                .toList();
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        throw new IllegalStateException(message);
    }
}
