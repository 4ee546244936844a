package nl.cookiekeur.web.sites;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.site.WebUrl;

/** The portfolio's sites in the database (tables of the web app's migrations). */
public final class SiteStore {
    private final RelationalDatabase database;
    private final Clock clock;

    public SiteStore(RelationalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every site, by host. */
    public List<SiteRow> all() {
        List<SiteRow> sites = new ArrayList<>();
        try (Connection connection = database.connection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT site_id, address, added_at FROM web_site");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String address = row.getString(2);
                String host = WebUrl.parse(address).map(WebUrl::host).orElse(address);
                sites.add(new SiteRow(row.getLong(1), address, host, row.getLong(3)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        sites.sort(java.util.Comparator.comparing(SiteRow::host).thenComparing(SiteRow::address));
        return sites;
    }

    /** The site with this id, if any. */
    public java.util.Optional<SiteRow> find(long id) {
        return all().stream().filter(site -> site.id() == id).findFirst();
    }

    /** Adds a site; false when it is in the portfolio already. */
    public boolean add(WebUrl address, long userId) {
        try (Connection connection = database.connection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM web_site WHERE address = ?")) {
            exists.setString(1, address.toString());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO web_site (address, added_by, added_at) VALUES (?, ?, ?)")) {
                insert.setString(1, address.toString());
                insert.setLong(2, userId);
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static DatabaseException failed(SQLException e) {
        return new DatabaseException(
                DatabaseException.Reason.FAILED, "web", "De sites konden niet worden gelezen of bewaard.", e);
    }
}
