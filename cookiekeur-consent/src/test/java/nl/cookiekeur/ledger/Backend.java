package nl.cookiekeur.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/** The two databases every ledger test runs against: a fresh embedded H2 file, or a fresh PostgreSQL schema. */
enum Backend {
    H2,
    POSTGRESQL;

    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    /** A new, empty database of this kind; closing the handle removes it. */
    Fresh fresh() throws IOException, SQLException {
        if (this == H2) {
            Path folder = Files.createTempDirectory("ck-ledger-");
            return new Fresh("jdbc:h2:file:" + folder.resolve("ledger"), () -> delete(folder));
        }
        String schema = "ck_ledger_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        return new Fresh(
                POSTGRES_SERVER + "&currentSchema=" + schema, () -> execute("DROP SCHEMA " + schema + " CASCADE"));
    }

    /** Removes the database when closed. */
    @FunctionalInterface
    interface Cleanup {
        void run() throws IOException, SQLException;
    }

    /** A fresh database URL. */
    record Fresh(String url, Cleanup cleanup) implements AutoCloseable {
        @Override
        public void close() throws IOException, SQLException {
            cleanup.run();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
