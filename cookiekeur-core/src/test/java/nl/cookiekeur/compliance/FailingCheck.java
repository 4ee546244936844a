package nl.cookiekeur.compliance;

/**
 * A check that always fails with the given message, standing in for a check with a bug; for the tests of
 * every module that must show a failed check.
 */
public record FailingCheck(CheckId id, String message) implements Check {

    @Override
    public CheckResult run(AssessmentContext context) {
        throw new IllegalStateException(message);
    }
}
