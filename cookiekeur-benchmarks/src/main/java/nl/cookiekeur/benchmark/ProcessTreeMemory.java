package nl.cookiekeur.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Peak proportional set size (PSS) of a process tree, sampled every 300 ms from Linux's
 * {@code /proc/<pid>/smaps_rollup}: pages shared between Chromium's processes (or with the JVM) count once, split
 * between their sharers, so the sum over the tree is what the tree costs the machine. A process that ends between
 * listing and reading is skipped; a tree of more than {@value #MAX_PROCESSES} processes is cut there. At the peak
 * it also keeps where the memory was ({@link #peakParts()}: the JVM, Node drivers, Chromium by process type).
 */
final class ProcessTreeMemory implements AutoCloseable {
    private static final long PERIOD_MILLIS = 300;
    private static final int MAX_PROCESSES = 500;

    private final ProcessHandle root;
    private final long excluded;
    private final AtomicLong peakKb = new AtomicLong();
    private final AtomicLong rootPeakKb = new AtomicLong();
    private volatile Map<String, Long> peakParts = Map.of();
    private volatile Map<String, Integer> peakCounts = Map.of();
    private final Thread sampler;
    private volatile boolean running = true;

    private ProcessTreeMemory(ProcessHandle root, long excluded) {
        this.root = root;
        this.excluded = excluded;
        this.sampler = new Thread(this::sample, "pss-sampler");
        sampler.setDaemon(true);
    }

    /** Starts sampling the tree under {@code root} (the root included). */
    static ProcessTreeMemory watch(ProcessHandle root) {
        return watch(root, -1);
    }

    /**
     * Starts sampling the tree under {@code root} (the root included) without the process {@code excluded} and
     * its own children: a helper of the measuring harness, such as the fixture sites' server.
     */
    static ProcessTreeMemory watch(ProcessHandle root, long excluded) {
        ProcessTreeMemory memory = new ProcessTreeMemory(root, excluded);
        memory.record(memory.partsKb());
        memory.sampler.start();
        return memory;
    }

    /** The PSS of the tree now, in kB (0 where {@code /proc} cannot be read). */
    static long pssKb(ProcessHandle root) {
        return pssKb(root, -1);
    }

    /** The PSS of the tree now without the process {@code excluded} and its children, in kB. */
    static long pssKb(ProcessHandle root, long excluded) {
        return new ProcessTreeMemory(root, excluded).currentKb();
    }

    /** The highest PSS seen so far, in MB (10^6 bytes). */
    long peakMb() {
        return Math.round(Math.max(peakKb.get(), currentKb()) * 1024 / 1e6);
    }

    /** The highest PSS of the root process alone (for Cookiekeur: the JVM), in MB. */
    long rootPeakMb() {
        return Math.round(Math.max(rootPeakKb.get(), pss(root.pid())) * 1024 / 1e6);
    }

    /**
     * The peak's PSS by part in MB with the number of processes, largest first, e.g.
     * {@code "chromium renderer 300 (4), node 230 (3), JVM 190 (1)"}.
     */
    String peakParts() {
        Map<String, Integer> counts = peakCounts;
        return peakParts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Math.round(e.getValue() * 1024 / 1e6) + " ("
                        + counts.getOrDefault(e.getKey(), 0) + ")")
                .collect(Collectors.joining(", "));
    }

    private synchronized void record(Parts parts) {
        long now = parts.kb().values().stream().mapToLong(Long::longValue).sum();
        if (now > peakKb.get()) {
            peakKb.set(now);
            peakParts = parts.kb();
            peakCounts = parts.counts();
        }
    }

    /** PSS in kB and the number of processes, per part. */
    private record Parts(Map<String, Long> kb, Map<String, Integer> counts) {}

    private void sample() {
        while (running) {
            record(partsKb());
            rootPeakKb.accumulateAndGet(pss(root.pid()), Math::max);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long currentKb() {
        try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())) {
            return tree.limit(MAX_PROCESSES)
                    .filter(p -> !excludes(p))
                    .mapToLong(p -> pss(p.pid()))
                    .sum();
        }
    }

    private Parts partsKb() {
        Map<String, Long> kb = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())) {
            tree.limit(MAX_PROCESSES).filter(p -> !excludes(p)).forEach(p -> {
                String part = part(p);
                kb.merge(part, pss(p.pid()), Long::sum);
                counts.merge(part, 1, Integer::sum);
            });
        }
        return new Parts(kb, counts);
    }

    /** What a process is: the root (JVM), a Node driver, a Chromium process by its type, or something else. */
    private String part(ProcessHandle process) {
        if (process.pid() == root.pid()) {
            return "JVM";
        }
        String command = process.info().command().orElse("");
        if (command.endsWith("/node")) {
            return "node";
        }
        if (!command.contains("chromium")) {
            return "other";
        }
        String line = commandLine(process.pid());
        int type = line.indexOf("--type=");
        if (type < 0) {
            return "chromium browser";
        }
        int end = line.indexOf(' ', type);
        return "chromium " + line.substring(type + 7, end < 0 ? line.length() : end);
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                    .replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private boolean excludes(ProcessHandle process) {
        return process.pid() == excluded
                || process.parent().map(parent -> parent.pid() == excluded).orElse(false);
    }

    private static long pss(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
            return lines.filter(line -> line.startsWith("Pss:"))
                    .findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended, or /proc is not Linux's
        }
    }

    /** Stops sampling. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
