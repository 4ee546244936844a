package nl.cookiekeur.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is shared by processes (ADR 0007): while another JVM holds it open, this one reads,
 * writes and forces its commits to disk through it, and takes the file over when that JVM ends.
 */
class SharedEmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void aSecondProcessWorksOnTheEmbeddedDatabaseWhileTheFirstHoldsItAndTakesItOverAfterwards() throws Exception {
        DatabaseUrl url = DatabaseUrl.embedded(home);
        Process holder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DatabaseHolderMain.class.getName(),
                        url.jdbcUrl())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.equals("READY")) {
                seen.append(line).append('\n');
            }
            assertThat(line)
                    .as("the first process opened the database: " + seen)
                    .isEqualTo("READY");
            assertThat(java.nio.file.Files.readString(home.resolve("cookiekeur.lock.db"), StandardCharsets.ISO_8859_1))
                    .as("the sharing port listens on loopback only")
                    .containsPattern("server=(localhost|127\\.0\\.0\\.1)\\\\?:");

            try (Database second = Database.open(url)) {
                second.migrate("probe", "classpath:nl/cookiekeur/store/probe");
                assertThat(labels(second)).isEqualTo("van het eerste proces");
                insert(second, 2, "van het tweede proces");
                try (Connection c = second.connection();
                        Statement sync = c.createStatement()) {
                    sync.execute("CHECKPOINT SYNC");
                }

                holder.getOutputStream().close();
                assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(holder.exitValue()).isZero();

                insert(second, 3, "na de overname");
                assertThat(labels(second)).isEqualTo("van het eerste proces|van het tweede proces|na de overname");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    private static void insert(Database database, long id, String label) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement insert =
                        c.prepareStatement("INSERT INTO probe_row (id, label, flag) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, label);
            insert.setBoolean(3, false);
            insert.executeUpdate();
        }
    }

    private static String labels(Database database) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = database.connection();
                Statement select = c.createStatement();
                ResultSet rows = select.executeQuery("SELECT label FROM probe_row ORDER BY id")) {
            while (rows.next()) {
                all.append(all.isEmpty() ? "" : "|").append(rows.getString(1));
            }
        }
        return all.toString();
    }
}
