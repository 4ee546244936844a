package nl.cookiekeur.evidence;

/** A machine-readable signal of the visitor's consent state. */
public enum ConsentSignalKind {
    /** The IAB TCF API ({@code __tcfapi}) and its TC string. */
    TCF,
    /** Google Consent Mode state (the data layer's consent commands, or {@code gcs}/{@code gcd} in requests). */
    GOOGLE_CONSENT_MODE,
    /** The cookie or storage key in which the consent platform keeps the choice. */
    CMP_STORAGE
}
