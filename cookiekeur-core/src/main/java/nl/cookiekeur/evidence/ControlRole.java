package nl.cookiekeur.evidence;

/** What a control in a consent banner does, as far as its wording and the rules tell. */
public enum ControlRole {
    ACCEPT,
    REJECT,
    SETTINGS,
    SAVE,
    CLOSE,
    MORE_INFO,
    OTHER
}
