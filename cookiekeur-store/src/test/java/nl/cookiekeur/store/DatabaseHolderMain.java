package nl.cookiekeur.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A second process for {@link SharedEmbeddedDatabaseTest}: opens the database at the URL in its argument, writes
 * one row, prints {@code READY} and keeps the database open until its standard input closes.
 */
public final class DatabaseHolderMain {
    private DatabaseHolderMain() {}

    public static void main(String[] args) throws IOException, SQLException {
        try (Database database = Database.open(DatabaseUrl.parse(args[0]))) {
            database.migrate("probe", "classpath:nl/cookiekeur/store/probe");
            try (Connection c = database.connection();
                    PreparedStatement insert =
                            c.prepareStatement("INSERT INTO probe_row (id, label, flag) VALUES (?, ?, ?)")) {
                insert.setLong(1, 1);
                insert.setString(2, "van het eerste proces");
                insert.setBoolean(3, true);
                insert.executeUpdate();
            }
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the test closes our input
            }
        }
    }
}
