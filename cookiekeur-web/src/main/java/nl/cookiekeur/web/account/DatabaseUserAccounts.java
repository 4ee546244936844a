package nl.cookiekeur.web.account;

import java.security.SecureRandom;
import java.time.Clock;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import org.jspecify.annotations.Nullable;

/** The accounts port for the command line: opens the database for one change and closes it again. */
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
}
