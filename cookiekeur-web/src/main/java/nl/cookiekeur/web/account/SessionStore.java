package nl.cookiekeur.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.cookiekeur.database.RelationalDatabase;

/**
 * Sessions in the database: the browser holds a random token, the database only its SHA-256 hash with the
 * session's CSRF token and an absolute expiry, so a copy of the database signs nobody in.
 */
public final class SessionStore {
    /** How long a session lasts after signing in. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    private final RelationalDatabase database;
    private final AccountStore accounts;
    private final Clock clock;
    private final SecureRandom random;

    public SessionStore(RelationalDatabase database, AccountStore accounts, Clock clock, SecureRandom random) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
        this.random = random;
    }

    /** Starts a session for the account; returns the token for the cookie. */
    public String start(Account account) {
        String token = randomToken();
        long now = clock.millis();
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO web_session "
                        + "(token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, sha256(token));
            insert.setLong(2, account.id());
            insert.setString(3, randomToken());
            insert.setLong(4, now);
            insert.setLong(5, now + LIFETIME.toMillis());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
        return token;
    }

    /** The session of this token when it exists and has not expired. */
    public Optional<SignedIn> find(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        long userId;
        String csrf;
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT user_id, csrf_token FROM web_session WHERE token_hash = ? AND expires_at > ?")) {
            select.setString(1, sha256(token));
            select.setLong(2, clock.millis());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                userId = row.getLong(1);
                csrf = row.getString(2);
            }
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
        return accounts.find(userId).map(account -> new SignedIn(account, csrf));
    }

    /** Ends the session of this token, and removes expired sessions. */
    public void end(String token) {
        try (Connection connection = database.connection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM web_session WHERE token_hash = ? OR expires_at <= ?")) {
            delete.setString(1, sha256(token));
            delete.setLong(2, clock.millis());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw AccountStore.failed(e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
