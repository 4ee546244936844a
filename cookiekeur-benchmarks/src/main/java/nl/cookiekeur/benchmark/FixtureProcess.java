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
            String first = CompletableFuture.supplyAsync(() -> readLine(output)).get(START_SECONDS, TimeUnit.SECONDS);
            Matcher matcher = ADDRESS.matcher(first);
            if (!matcher.find()) {
                throw new IOException("the fixture server did not say where it listens: " + first);
            }
            Thread drain = new Thread(() -> drain(output), "fixture-output");
            drain.setDaemon(true);
            drain.start();
            return new FixtureProcess(process, Integer.parseInt(matcher.group(1)));
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

    /** The next line, or an empty one when the output ended or failed. */
    private static String readLine(BufferedReader output) {
        try {
            String line = output.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            return "";
        }
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
