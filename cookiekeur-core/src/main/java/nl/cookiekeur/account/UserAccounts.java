package nl.cookiekeur.account;

import org.jspecify.annotations.Nullable;

/** The web app's accounts, kept in the relational database next to the ledger and the scan history. */
public interface UserAccounts {
    /** The shortest password accepted. */
    int MIN_PASSWORD_LENGTH = 12;

    /**
     * Creates an account whose password is stored only as a memory-hard hash; the caller's password array is
     * wiped afterwards.
     *
     * @param databaseUrl a JDBC URL, or {@code null} for the embedded database
     * @throws AccountException when the address is invalid or taken, or the password too short
     * @throws nl.cookiekeur.database.DatabaseException when the database cannot be opened
     */
    void add(@Nullable String databaseUrl, String email, Role role, char[] password);

    /**
     * Gives an account a role on one site of the portfolio: there it replaces the account's own role (an admin
     * stays admin everywhere); see docs/web.md, "Roles".
     *
     * @param databaseUrl a JDBC URL, or {@code null} for the embedded database
     * @param siteId the site's number in the portfolio (its page is {@code /app/sites/<siteId>})
     * @throws AccountException when there is no such account or site
     * @throws nl.cookiekeur.database.DatabaseException when the database cannot be opened
     */
    void grant(@Nullable String databaseUrl, String email, long siteId, Role role);
}
