package nl.cookiekeur.cli.consent;

/** What {@code consent verify --anchor} could make of a site's anchored head. */
enum AnchorState {
    /** No anchor was given for the site. */
    NONE,
    /** The anchor's signature matches the configured key; the chain was checked against it. */
    CHECKED,
    /** The chain was checked against the anchor, but its signature was not (no key, or an unsigned anchor). */
    UNCHECKED,
    /** The anchor's signature does not match the key: the anchor was not used, and that counts as tampering. */
    SIGNATURE_INVALID,
    /** The anchor names a site the ledger no longer has. */
    SITE_GONE
}
