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

    /** The text variants of the shipped check it stands in for, so the shipped texts stay valid. */
    @Override
    public List<String> variants() {
        return CheckCatalogue.all().stream()
                .filter(check -> check.id() == id)
                .findFirst()
                .map(Check::variants)
                .orElse(List.of());
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        throw new IllegalStateException(message);
    }
}
