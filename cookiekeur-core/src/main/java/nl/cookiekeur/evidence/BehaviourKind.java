package nl.cookiekeur.evidence;

/** What a script did that marks it as a tracker by behaviour ({@link ScriptBehaviour}). */
public enum BehaviourKind {
    /** Observed every change of the whole document and uploaded batches repeatedly: session recording. */
    SESSION_RECORDING,
    /** Wrote a random-looking persistent identifier to a cookie or storage and then sent it in a request. */
    TRACKING_IDENTIFIER,
    /** Sent a beacon (sendBeacon, pixel or POST) from every page visited. */
    PAGE_BEACON
}
