package nl.cookiekeur.compliance;

/**
 * NL-CK-29: asking again within six months of a stored choice. A scan lasts minutes, so this can only be
 * reviewed by a person.
 */
final class ReaskCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.NL_CK_29;
    }

    @Override
    public CheckResult run(AssessmentContext context) {
        return context.banner().isPresent() ? CheckResult.manual() : CheckResult.passed();
    }
}
