package nl.cookiekeur.web.account;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.database.RelationalDatabase;

/**
 * API tokens per user: shown once when created, kept only as SHA-256, revocable. The ledger's admin API accepts
 * the tokens of admins and editors (not of viewers) as bearer tokens, beside {@code COOKIEKEUR_ADMIN_TOKEN}.
 */
public final class ApiTokenStore {
    /** The prefix of every token, so a leaked one is recognisable. */
    public static final String PREFIX = "ck_";

    private final RelationalDatabase database;
    private final AccountStore accounts;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokenStore(RelationalDatabase database, AccountStore accounts, Clock clock, SecureRandom random) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
        this.random = random;
    }

    /** A token as listed: never the token itself. */
    public record Listed(long id, String name, Instant created, boolean revoked) {}

    /** Creates a token for the account; returns the token, which is never shown again. */
    public String create(Account account, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO web_api_token "
                        + "(token_hash, user_id, name, created_at, revoked_at) VALUES (?, ?, ?, ?, NULL)")) {
            insert.setString(1, SessionStore.sha256(token));
            insert.setLong(2, account.id());
            insert.setString(3, name);
            insert.setLong(4, clock.millis());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
        return token;
    }

    /** The account's tokens, newest first. */
    public List<Listed> list(Account account) {
        List<Listed> tokens = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT token_id, name, created_at, revoked_at "
                        + "FROM web_api_token WHERE user_id = ? ORDER BY token_id DESC")) {
            select.setLong(1, account.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    row.getLong(4);
                    boolean revoked = !row.wasNull();
                    tokens.add(new Listed(
                            row.getLong(1), row.getString(2), Instant.ofEpochMilli(row.getLong(3)), revoked));
                }
            }
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
        return tokens;
    }

    /** Revokes one of the account's tokens; false when it has no such token. */
    public boolean revoke(Account account, long id) {
        try (Connection connection = database.connection();
                PreparedStatement update = connection.prepareStatement("UPDATE web_api_token SET revoked_at = ? "
                        + "WHERE token_id = ? AND user_id = ? AND revoked_at IS NULL")) {
            update.setLong(1, clock.millis());
            update.setLong(2, id);
            update.setLong(3, account.id());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
    }

    /** The account of a valid, unrevoked token. */
    public Optional<Account> owner(String token) {
        if (!token.startsWith(PREFIX) || token.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        long userId;
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id FROM web_api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
            select.setString(1, SessionStore.sha256(token));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                userId = row.getLong(1);
            }
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
        return accounts.find(userId);
    }
}
