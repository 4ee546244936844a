package nl.cookiekeur.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.ServeFixtures;

/**
 * The fixture sites served by a JVM of their own ({@link ServeFixtures} on a free port), so that the memory
 * measured for a scanner in the harness's JVM does not include the server it scans: a worker does not serve the
 * sites it scans. Stopped on {@link #close()}; its output after the first line is read and dropped.
 */
final class FixtureProcess implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("127\\.0\\.0\\.1:(\\d{1,5})");
    private static final long START_SECONDS = 60;

    private final Process process;
    private final int port;

    private FixtureProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server with this JVM's Java and class path; waits until it says where it listens. */
    static FixtureProcess start() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-Xmx128m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServeFixtures.class.getName(),
                        "0")
                .redirectErrorStream(true)
                .start();
        BufferedReader output = process.inputReader(StandardCharsets.UTF_8);
        try {
            int port = CompletableFuture.supplyAsync(() -> port(output)).get(START_SECONDS, TimeUnit.SECONDS);
            if (port <= 0) {
                throw new IOException("the fixture server ended without saying where it listens");
            }
            Thread drain = new Thread(() -> drain(output), "fixture-output");
            drain.setDaemon(true);
            drain.start();
            return new FixtureProcess(process, port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while the fixture server started", e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            process.destroyForcibly();
            throw new IOException("the fixture server did not start: " + e.getMessage(), e);
        }
    }

    /** The server's process, left out of the scanner's memory. */
    long pid() {
        return process.pid();
    }

    /** Chromium's host rules for this server. */
    String hostRules() {
        return FixtureServer.hostRules(port);
    }

    /** The start page of a fixture site. */
    URI url(FixtureSite site) {
        return FixtureServer.startUrl(site);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The port from the first line that names the loopback address (lines before it, such as a JVM warning, are
     * skipped); 0 when the output ended or failed first.
     */
    private static int port(BufferedReader output) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                Matcher matcher = ADDRESS.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
        return 0;
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // the server's address list and nothing else: dropped
            }
        } catch (IOException e) {
            // the server stopped
        }
    }
}
