package nl.cookiekeur.compliance;

/** The kind of observed item that gets its own advice. */
public enum ItemKind {
    COOKIE,
    STORAGE,
    TRACKER
}
