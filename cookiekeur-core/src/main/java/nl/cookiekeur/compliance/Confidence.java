package nl.cookiekeur.compliance;

/** How conclusive the evidence behind a finding is. */
public enum Confidence {
    /** The evidence shows it directly. */
    CERTAIN,
    /** The evidence points to it, but a detail (such as a predicted category) is inferred. */
    LIKELY,
    /** The evidence is not conclusive: a person must review it. */
    NEEDS_REVIEW
}
