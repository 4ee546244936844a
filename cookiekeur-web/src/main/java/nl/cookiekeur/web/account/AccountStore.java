package nl.cookiekeur.web.account;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.cookiekeur.account.AccountException;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.account.UserAccounts;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.RelationalDatabase;

/** The accounts in an open database: create and look up by address. */
public final class AccountStore {
    /** Where the web app's migrations are. */
    public static final String MIGRATIONS = "classpath:nl/cookiekeur/web/db";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final RelationalDatabase database;
    private final Clock clock;
    private final SecureRandom random;

    /** Accounts in this database, whose tables are brought up to date first. */
    public AccountStore(RelationalDatabase database, Clock clock, SecureRandom random) {
        this.database = database;
        this.clock = clock;
        this.random = random;
        database.migrate("web", MIGRATIONS);
    }

    /** The address as stored: stripped and in lower case. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates an account and wipes the password array.
     *
     * @throws AccountException for an invalid or taken address or a short password
     */
    public Account add(String email, Role role, char[] password) {
        try {
            String address = normalise(email);
            if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                throw new AccountException(AccountException.Reason.INVALID_EMAIL, email);
            }
            if (password.length < UserAccounts.MIN_PASSWORD_LENGTH) {
                throw new AccountException(AccountException.Reason.WEAK_PASSWORD, address);
            }
            if (find(address).isPresent()) {
                throw new AccountException(AccountException.Reason.EXISTS, address);
            }
            String hash = PasswordHash.hash(password, random);
            try (Connection connection = database.connection();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO web_user (email, role, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, address);
                insert.setString(2, role.id());
                insert.setString(3, hash);
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw failed(e);
            }
            return find(address).orElseThrow();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The account with this address, if any. */
    public Optional<Account> find(String email) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id, email, role, password_hash FROM web_user WHERE email = ?")) {
            select.setString(1, normalise(email));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The account with this id, if any. */
    public Optional<Account> find(long id) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id, email, role, password_hash FROM web_user WHERE user_id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(account(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every account by address, at most {@code limit}. */
    public java.util.List<Account> all(int limit) {
        java.util.List<Account> accounts = new java.util.ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id, email, role, password_hash FROM web_user ORDER BY email")) {
            select.setMaxRows(limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    accounts.add(account(row));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return accounts;
    }

    /** The account whose address and password match, if any; always spends one Argon2id verification. */
    public Optional<Account> authenticate(String email, char[] password) {
        Optional<Account> account = find(email);
        if (account.isEmpty()) {
            PasswordHash.decoy(password);
            return Optional.empty();
        }
        return PasswordHash.matches(password, account.get().passwordHash()) ? account : Optional.empty();
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(
                row.getLong(1), row.getString(2), Role.fromId(row.getString(3)).orElse(Role.VIEWER), row.getString(4));
    }

    static DatabaseException failed(SQLException e) {
        return new DatabaseException(
                DatabaseException.Reason.FAILED, "web", "De accounts konden niet worden gelezen of bewaard.", e);
    }
}
