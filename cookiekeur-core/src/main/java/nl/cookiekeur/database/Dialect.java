package nl.cookiekeur.database;

/** The database products Cookiekeur stores in; the migrations are the same SQL for both. */
public enum Dialect {
    /** The embedded H2 database (in PostgreSQL compatibility mode). */
    H2,
    /** A PostgreSQL server. */
    POSTGRESQL
}
