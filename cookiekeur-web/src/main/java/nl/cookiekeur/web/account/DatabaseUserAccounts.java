package nl.cookiekeur.web.account;

import java.security.SecureRandom;
import java.time.Clock;
import nl.cookiekeur.account.AccountException;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import org.jspecify.annotations.Nullable;

/**
 * The accounts port for the command line ({@code user add}, {@code user grant}): opens the database for one
 * change and closes it again.
 */
public final class DatabaseUserAccounts implements UserAccounts {
    private final DatabaseOpener databases;
    private final Clock clock;

    public DatabaseUserAccounts(DatabaseOpener databases, Clock clock) {
        this.databases = databases;
        this.clock = clock;
    }

    @Override
    public void add(@Nullable String databaseUrl, String email, Role role, char[] password) {
        try (RelationalDatabase database = databases.open(databaseUrl)) {
            new AccountStore(database, clock, new SecureRandom()).add(email, role, password);
        }
    }

    @Override
    public void grant(@Nullable String databaseUrl, String email, long siteId, Role role) {
        try (RelationalDatabase database = databases.open(databaseUrl)) {
            AccountStore accounts = new AccountStore(database, clock, new SecureRandom());
            Account account = accounts.find(email)
                    .orElseThrow(() -> new AccountException(AccountException.Reason.UNKNOWN_USER, email));
            SiteRoles roles = new SiteRoles(database, clock);
            if (!roles.siteExists(siteId)) {
                throw new AccountException(AccountException.Reason.UNKNOWN_SITE, String.valueOf(siteId));
            }
            roles.grant(siteId, account.id(), role);
        }
    }
}
