package nl.cookiekeur.consent;

/** How an archived configuration differs from what was published. */
public enum ArchiveProblemKind {
    /** Its stored content no longer has the content hash it is archived under. */
    ALTERED,
    /** A record or the site points at this version, but the archive no longer holds it. */
    MISSING
}
