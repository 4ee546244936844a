package nl.cookiekeur.cli.monitor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A fresh schema in the local test PostgreSQL (127.0.0.1:5432, database test), dropped on close. */
final class PostgresTestSchema implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final String name;

    PostgresTestSchema() throws SQLException {
        this.name = "ck_workers_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + name);
    }

    /** A URL whose connections work in this schema. */
    String url() {
        return SERVER + "&currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
