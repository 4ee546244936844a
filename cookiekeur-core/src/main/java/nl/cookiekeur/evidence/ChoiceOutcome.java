package nl.cookiekeur.evidence;

/** How the scanner's attempt to make a consent choice ended. */
public enum ChoiceOutcome {
    /** The choice was made through the banner. */
    MADE,
    /** There was no banner to make it in. */
    NO_BANNER,
    /** The banner had no control for this choice on any layer the scanner could open. */
    NO_CONTROL,
    /** A control was found but clicking it failed or changed nothing visible. */
    FAILED
}
