package nl.cookiekeur.ledger;

/** The settings the store adds to H2 URLs, so a test's own connection opens the same database. */
final class DatabaseUrlSettings {
    static final String H2 =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE";

    private DatabaseUrlSettings() {}
}
