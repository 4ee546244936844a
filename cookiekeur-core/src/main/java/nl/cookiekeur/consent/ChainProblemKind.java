package nl.cookiekeur.consent;

/** How a record differs from an intact chain. */
public enum ChainProblemKind {
    /** The record's content no longer matches its hash, or it no longer links to its predecessor. */
    ALTERED,
    /** A record with this sequence number is missing. */
    REMOVED,
    /** The record was added outside the ledger: its successor still links to the record before it. */
    INSERTED
}
