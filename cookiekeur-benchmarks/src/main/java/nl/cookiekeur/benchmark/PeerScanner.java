package nl.cookiekeur.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer, {@code @slashgear/gdpr-cookie-scanner} (pinned in {@code cookiekeur-benchmarks/peer}), run through
 * {@code peer/scan.mjs}: one Node process scans the given start pages one after another, with Debian's Chromium
 * and the fixture server's host rules, and prints one JSON line per site. The whole process tree (Node, its
 * Playwright driver, Chromium) is what is timed and whose memory is sampled.
 */
final class PeerScanner {
    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]*)\"");
    private static final Pattern COOKIES = Pattern.compile("\"cookies\":\\[([^\\]]*)\\]");
    private static final Pattern ERROR = Pattern.compile("\"error\":\"([^\"]*)\"");
    private static final Duration PER_SITE = Duration.ofMinutes(2);

    /** What one run of the peer gave: cookie names per start page (empty when it failed there), time, memory. */
    record Run(Map<String, Set<String>> cookies, List<String> failures, long millis, long peakMb) {}

    private final Path folder;

    private PeerScanner(Path folder) {
        this.folder = folder;
    }

    /** The peer installed in {@code folder} (with {@code npm ci}); a clear message when it is not. */
    static PeerScanner in(Path folder) {
        if (!Files.isDirectory(folder.resolve("node_modules/@slashgear/gdpr-cookie-scanner"))) {
            throw new IllegalStateException(
                    "the peer is not installed: run `npm ci` in " + folder.toAbsolutePath() + " (or pass --peer-dir)");
        }
        return new PeerScanner(folder);
    }

    /** Scans the start pages one after another in one Node process. */
    Run scan(List<String> urls, String hostRules) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "scan.mjs", hostRules));
        command.addAll(urls);
        Path errors = Files.createTempFile("cookiekeur-peer", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectError(errors.toFile())
                .start();
        Map<String, Set<String>> cookies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try (ProcessTreeMemory memory = ProcessTreeMemory.watch(process.toHandle());
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = Thread.ofVirtual().start(() -> read(out, cookies, failures));
            long budget = PER_SITE.toMillis() * urls.size();
            if (!process.waitFor(budget, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                failures.add("the peer did not finish within " + budget / 1000 + " s");
            }
            reader.join(Duration.ofSeconds(10));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!process.isAlive() && process.exitValue() != 0 && failures.isEmpty()) {
                failures.add("exit " + process.exitValue() + ": " + lastLine(errors));
            }
            return new Run(cookies, failures, millis, memory.peakMb());
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static void read(BufferedReader out, Map<String, Set<String>> cookies, List<String> failures) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher url = URL.matcher(line);
                if (!url.find()) {
                    continue;
                }
                Matcher error = ERROR.matcher(line);
                if (error.find()) {
                    synchronized (failures) {
                        failures.add(url.group(1) + ": " + error.group(1));
                    }
                }
                Set<String> names = new TreeSet<>();
                Matcher list = COOKIES.matcher(line);
                if (list.find()) {
                    for (String name : list.group(1).split(",")) {
                        String bare = name.replace("\"", "").strip();
                        if (!bare.isEmpty()) {
                            names.add(bare);
                        }
                    }
                }
                synchronized (cookies) {
                    cookies.put(url.group(1), names);
                }
            }
        } catch (IOException e) {
            // the process was ended; what was read counts
        }
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.getLast();
        } catch (IOException e) {
            return "";
        }
    }
}
