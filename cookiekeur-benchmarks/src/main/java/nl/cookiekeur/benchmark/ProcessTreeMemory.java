package nl.cookiekeur.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Peak proportional set size (PSS) of a process tree, sampled every 300 ms from Linux's
 * {@code /proc/<pid>/smaps_rollup}: pages shared between Chromium's processes (or with the JVM) count once, split
 * between their sharers, so the sum over the tree is what the tree costs the machine. A process that ends between
 * listing and reading is skipped; a tree of more than {@value #MAX_PROCESSES} processes is cut there.
 */
final class ProcessTreeMemory implements AutoCloseable {
    private static final long PERIOD_MILLIS = 300;
    private static final int MAX_PROCESSES = 500;

    private final ProcessHandle root;
    private final long excluded;
    private final AtomicLong peakKb = new AtomicLong();
    private final AtomicLong rootPeakKb = new AtomicLong();
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
        memory.peakKb.set(memory.currentKb());
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

    private void sample() {
        while (running) {
            long now = currentKb();
            peakKb.accumulateAndGet(now, Math::max);
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
