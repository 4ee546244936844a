package nl.cookiekeur.classification;

/** How a name matched a knowledge entry. */
public enum MatchKind {
    /** The name equals the entry's name. */
    EXACT,
    /** The name starts with the entry's wildcard prefix (the longest such prefix wins). */
    WILDCARD_PREFIX
}
