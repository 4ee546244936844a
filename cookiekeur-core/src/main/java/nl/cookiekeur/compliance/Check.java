package nl.cookiekeur.compliance;

import java.util.List;

/** One check of the rule catalogue: a pure function of the assessment context. */
public interface Check {

    /** The check this implements. */
    CheckId id();

    /** Runs the check; must not throw for odd evidence (missing phases, empty lists, unparsable URLs). */
    CheckResult run(AssessmentContext context);

    /**
     * The text variants the check uses besides its main texts, as key suffixes such as
     * {@code explanation.nowhere} or {@code review.public}; the texts are validated to have them.
     */
    default List<String> variants() {
        return List.of();
    }
}
