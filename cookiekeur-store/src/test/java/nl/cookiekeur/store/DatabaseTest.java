package nl.cookiekeur.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path home;

    @Test
    void embeddedDatabaseIsCreatedUnderTheHomeOnFirstUse() throws Exception {
        Path nested = home.resolve("nieuw").resolve("map");
        try (Database database = Database.open(DatabaseUrl.embedded(nested))) {
            assertThat(database.dialect()).isEqualTo(Dialect.H2);
            database.migrate("probe", "classpath:nl/cookiekeur/store/probe");
            insertAndCount(database);
        }
        assertThat(Files.exists(nested.resolve("cookiekeur.mv.db"))).isTrue();
        try (Database reopened = Database.open(DatabaseUrl.embedded(nested))) {
            reopened.migrate("probe", "classpath:nl/cookiekeur/store/probe");
            assertThat(count(reopened, "probe_row")).isEqualTo(1);
        }
    }

    @Test
    void componentsKeepSeparateHistoriesInOneEmbeddedSchema() throws Exception {
        try (Database database = Database.open(DatabaseUrl.embedded(home))) {
            twoComponents(database);
        }
    }

    @Test
    void componentsKeepSeparateHistoriesInOnePostgresSchema() throws Exception {
        try (PostgresSchema schema = new PostgresSchema();
                Database database = Database.open(schema.url())) {
            assertThat(database.dialect()).isEqualTo(Dialect.POSTGRESQL);
            twoComponents(database);
            assertThat(tables(database))
                    .contains("probe_row", "other_row", "probe_schema_history", "other_schema_history");
        }
    }

    @Test
    void unreachableServerIsOneDutchLine() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=geheim"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.UNREACHABLE);
                    assertThat(e.getMessage())
                            .startsWith("De database jdbc:postgresql://127.0.0.1:1/test")
                            .contains("niet bereikbaar: de databaseserver antwoordt niet")
                            .doesNotContain("geheim")
                            .doesNotContain("\n");
                });
    }

    @Test
    void unknownDatabaseIsReportedAsUnreachable() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:5432/bestaat_niet_ck?user=postgres"))
                .isInstanceOfSatisfying(
                        DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.UNREACHABLE));
    }

    @Test
    void unsupportedUrlIsRefused() {
        assertThatThrownBy(() -> Database.open("mysql://localhost/x"))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.UNSUPPORTED_URL);
                    assertThat(e.getMessage()).contains("Onbekende database-URL");
                });
    }

    @Test
    void passwordsNeverShow() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://u:pw@db:5432/x?password=s3cret&user=u")
                        .shown())
                .doesNotContain("s3cret")
                .doesNotContain("pw@")
                .contains("password=***");
    }

    @Test
    void homeComesFromTheEnvironmentElseTheUserFolder() {
        assertThat(DatabaseUrl.defaultHome(Map.of("COOKIEKEUR_HOME", "/srv/ck"), "/home/jan"))
                .isEqualTo(Path.of("/srv/ck"));
        assertThat(DatabaseUrl.defaultHome(Map.of(), "/home/jan")).isEqualTo(Path.of("/home/jan/.cookiekeur"));
    }

    private static void twoComponents(Database database) throws SQLException {
        database.migrate("probe", "classpath:nl/cookiekeur/store/probe");
        database.migrate("other", "classpath:nl/cookiekeur/store/other");
        database.migrate("probe", "classpath:nl/cookiekeur/store/probe");
        insertAndCount(database);
        try (Connection connection = database.connection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO other_row (id, note) VALUES (?, ?)")) {
            insert.setLong(1, 7);
            insert.setString(2, "x".repeat(100_000));
            insert.executeUpdate();
        }
        assertThat(count(database, "other_row")).isEqualTo(1);
        assertThat(count(database, "probe_schema_history")).isGreaterThanOrEqualTo(1);
        assertThat(count(database, "other_schema_history")).isGreaterThanOrEqualTo(1);
    }

    private static void insertAndCount(Database database) throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO probe_row (id, label, flag) VALUES (?, ?, ?)")) {
            insert.setLong(1, 1);
            insert.setString(2, "één");
            insert.setBoolean(3, true);
            insert.executeUpdate();
        }
        assertThat(count(database, "probe_row")).isEqualTo(1);
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT label FROM probe_row")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("één");
        }
    }

    private static long count(Database database, String table) throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> tables(Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connection();
                ResultSet rows =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
