package nl.cookiekeur.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.database.Dialect;
import nl.cookiekeur.database.RelationalDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;

/**
 * A pooled connection to the database Cookiekeur stores in: the embedded H2 file database by default, or
 * the database a JDBC URL names. Each component brings its own Flyway migrations with its own history
 * table ({@link #migrate(String, String)}), so components can share one schema and evolve separately.
 */
public final class Database implements RelationalDatabase {
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final DatabaseUrl url;
    private final HikariDataSource pool;

    private Database(DatabaseUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /**
     * Opens the database a JDBC URL names, or the embedded default (under {@code $COOKIEKEUR_HOME} or
     * {@code ~/.cookiekeur}) when the URL is {@code null}.
     *
     * @throws DatabaseException with a Dutch message when the URL is wrong or the database cannot be reached
     */
    public static Database open(@Nullable String jdbcUrl) {
        if (jdbcUrl == null) {
            return open(
                    DatabaseUrl.embedded(DatabaseUrl.defaultHome(System.getenv(), System.getProperty("user.home"))));
        }
        return open(DatabaseUrl.parse(jdbcUrl));
    }

    /** Opens the database at a parsed URL; creates the folder of an embedded database on first use. */
    public static Database open(DatabaseUrl url) {
        if (url.dialect() == Dialect.H2) {
            keepSharingOnLoopback();
            createFolderOf(url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setPoolName("cookiekeur");
        config.setMaximumPoolSize(url.dialect() == Dialect.H2 ? 6 : 12);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        if (url.dialect() == Dialect.POSTGRESQL
                && !url.jdbcUrl().toLowerCase(Locale.ROOT).contains("user=")) {
            config.setUsername(System.getProperty("user.name"));
        }
        if (url.dialect() == Dialect.POSTGRESQL) {
            // a JDBC batch of inserts becomes multi-row INSERTs: one round trip per batch
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new Database(url, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw unreachable(url, e);
        }
    }

    /** The URL this database was opened with. */
    public DatabaseUrl url() {
        return url;
    }

    @Override
    public Dialect dialect() {
        return url.dialect();
    }

    /** The pool; callers close every connection they take. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Brings one component's tables up to date with the migrations at a Flyway location (for example
     * {@code classpath:nl/cookiekeur/ledger/db}), recorded in the history table {@code <component>_schema_history}.
     *
     * @param component a lower-case name such as {@code ledger} or {@code history}
     * @throws DatabaseException when a migration fails
     */
    @Override
    public void migrate(String component, String location) {
        if (!component.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("component name must be lower-case letters, digits, _: " + component);
        }
        if (FLYWAY_LOG.getLevel() == null) {
            FLYWAY_LOG.setLevel(Level.WARNING);
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(location)
                    .table(component + "_schema_history")
                    // another component's tables may already be in the schema: start this history at 0
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(
                    DatabaseException.Reason.MIGRATION_FAILED,
                    url.shown(),
                    "De tabellen van '" + component + "' in " + url.shown() + " konden niet worden bijgewerkt: "
                            + firstLine(e.getMessage()),
                    e);
        }
    }

    @Override
    public String shownUrl() {
        return url.shown();
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * H2's AUTO_SERVER lets the process that holds the embedded file serve it to the others over TCP; by default it
     * listens on every interface. Bind it to loopback (unless the operator chose an address with
     * {@code -Dh2.bindAddress}), so the shared database is never reachable from another machine.
     */
    private static void keepSharingOnLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private static void createFolderOf(DatabaseUrl url) {
        String jdbc = url.jdbcUrl();
        if (!jdbc.startsWith("jdbc:h2:file:")) {
            return;
        }
        int end = jdbc.indexOf(';');
        Path file = Path.of(jdbc.substring("jdbc:h2:file:".length(), end < 0 ? jdbc.length() : end));
        @Nullable Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException(
                    DatabaseException.Reason.UNREACHABLE,
                    url.shown(),
                    "De map voor de database " + folder + " kon niet worden gemaakt: " + e.getMessage(),
                    e);
        }
    }

    private static DatabaseException unreachable(DatabaseUrl url, RuntimeException e) {
        @Nullable SQLException sql = sqlCause(e);
        if (sql != null && sql.getErrorCode() == 90020) {
            return new DatabaseException(
                    DatabaseException.Reason.IN_USE,
                    url.shown(),
                    "De ingebouwde database " + url.shown()
                            + " is in gebruik door een ander proces (draait 'cookiekeur serve'?). Stop dat"
                            + " proces of gebruik PostgreSQL met --db.",
                    e);
        }
        String why = sql == null ? firstLine(e.getMessage()) : why(sql);
        return new DatabaseException(
                DatabaseException.Reason.UNREACHABLE,
                url.shown(),
                "De database " + url.shown() + " is niet bereikbaar: " + why,
                e);
    }

    /** The common reasons in Dutch by their SQLSTATE; the driver's own (English) line for the rest. */
    private static String why(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")) {
            return "de databaseserver antwoordt niet (controleer host en poort in de URL)";
        }
        if (state.startsWith("28")) {
            return "de server accepteert de gebruikersnaam of het wachtwoord niet";
        }
        if (state.equals("3D000")) {
            return "deze database bestaat niet op de server";
        }
        return firstLine(sql.getMessage());
    }

    private static @Nullable SQLException sqlCause(Throwable e) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "onbekende fout";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
