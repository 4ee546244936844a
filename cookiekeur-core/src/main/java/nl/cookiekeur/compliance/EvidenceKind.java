package nl.cookiekeur.compliance;

/** The kind of evidence item a finding points to. */
public enum EvidenceKind {
    COOKIE,
    STORAGE,
    REQUEST,
    FINGERPRINT,
    BANNER,
    CONTROL,
    TOGGLE,
    CHOICE,
    CONSENT_SIGNAL,
    STATEMENT,
    PAGE,
    /** What a script was seen doing (session recording, a tracking identifier sent out, page beacons). */
    BEHAVIOUR
}
