package nl.cookiekeur.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.RelationalDatabase;

/**
 * Per-site roles. The rule: an admin (own role) is admin of every site; for anyone else a role granted on a site
 * replaces the user's own role on that site, and the own role applies to every other site.
 */
public final class SiteRoles {
    /** At most this many memberships are listed. */
    public static final int MAX_LISTED = 2_000;

    private final RelationalDatabase database;
    private final Clock clock;

    /** Roles in this database (the web app's migrations ran already). */
    public SiteRoles(RelationalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What {@code account} may do on the site with this id. */
    public Role on(Account account, long siteId) {
        if (account.role() == Role.ADMIN) {
            return Role.ADMIN;
        }
        return granted(account.id(), siteId).orElse(account.role());
    }

    /** Whether {@code account} may change the site (scan, publish): editor or admin there. */
    public boolean mayChange(Account account, long siteId) {
        return on(account, siteId).mayChange();
    }

    /** The role granted to this user on this site, if any. */
    public Optional<Role> granted(long userId, long siteId) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT role FROM web_site_member WHERE site_id = ? AND user_id = ?")) {
            select.setLong(1, siteId);
            select.setLong(2, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Role.fromId(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Whether the portfolio has a site with this id. */
    public boolean siteExists(long siteId) {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM web_site WHERE site_id = ?")) {
            select.setLong(1, siteId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Grants (or changes) the role of a user on a site. */
    public void grant(long siteId, long userId, Role role) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM web_site_member WHERE site_id = ? AND user_id = ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO web_site_member (site_id, user_id, role, granted_at) VALUES (?, ?, ?, ?)")) {
                delete.setLong(1, siteId);
                delete.setLong(2, userId);
                delete.executeUpdate();
                insert.setLong(1, siteId);
                insert.setLong(2, userId);
                insert.setString(3, role.id());
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Takes a user's role on a site away (the own role applies again); false when there was none. */
    public boolean revoke(long siteId, long userId) {
        try (Connection connection = database.connection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM web_site_member WHERE site_id = ? AND user_id = ?")) {
            delete.setLong(1, siteId);
            delete.setLong(2, userId);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every membership, by site address and user, at most {@value #MAX_LISTED}. */
    public List<Membership> all() {
        List<Membership> memberships = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT m.site_id, s.address, m.user_id, u.email, m.role FROM web_site_member m"
                                + " JOIN web_site s ON s.site_id = m.site_id JOIN web_user u ON u.user_id = m.user_id"
                                + " ORDER BY s.address, u.email")) {
            select.setMaxRows(MAX_LISTED);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    memberships.add(new Membership(
                            row.getLong(1),
                            row.getString(2),
                            row.getLong(3),
                            row.getString(4),
                            Role.fromId(row.getString(5)).orElse(Role.VIEWER)));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return memberships;
    }

    private static DatabaseException failed(SQLException e) {
        return new DatabaseException(
                DatabaseException.Reason.FAILED, "web", "De rollen per site konden niet worden gelezen of bewaard.", e);
    }
}
