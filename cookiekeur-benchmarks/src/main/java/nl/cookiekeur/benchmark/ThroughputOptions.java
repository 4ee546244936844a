package nl.cookiekeur.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of {@link ThroughputBenchmark}: {@code [sites] [repetitions] [--parallel n] [--levers]
 * [--peer-dir folder] [--no-peer]}.
 *
 * @param sites how many fixture start pages (1 to 12)
 * @param repetitions how many times each tool scans them all (1 to 20)
 * @param parallel the browser slots per scan of the lever runs (1 to 4)
 * @param browsers the worker configurations to run, each a number of scans at once (a worker's {@code --browsers},
 *     1 to 8)
 * @param levers whether to run, besides the default configurations, each lever switched off in turn
 * @param peerDir the folder with the peer installed by {@code npm ci}
 * @param peer whether the peer runs at all
 */
record ThroughputOptions(
        int sites, int repetitions, int parallel, List<Integer> browsers, boolean levers, Path peerDir, boolean peer) {

    ThroughputOptions {
        sites = bounded("sites", sites, 12);
        repetitions = bounded("repetitions", repetitions, 20);
        parallel = bounded("parallel", parallel, 4);
        browsers = browsers.stream().map(b -> bounded("browsers", b, 8)).toList();
    }

    static ThroughputOptions parse(String[] args) {
        int sites = 10;
        int repetitions = 3;
        int parallel = ThroughputBenchmark.SCAN_PARALLEL;
        boolean levers = false;
        List<Integer> browsers = List.of(1, 2, 3);
        Path peerDir = Path.of("cookiekeur-benchmarks", "peer");
        boolean peer = true;
        int positional = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parallel" -> parallel = Integer.parseInt(value(args, ++i));
                case "--peer-dir" -> peerDir = Path.of(value(args, ++i));
                case "--no-peer" -> peer = false;
                case "--browsers" ->
                    browsers = Arrays.stream(value(args, ++i).split(","))
                            .map(String::strip)
                            .map(Integer::parseInt)
                            .toList();
                case "--levers" -> levers = true;
                default -> {
                    int number = Integer.parseInt(args[i]);
                    if (positional++ == 0) {
                        sites = number;
                    } else {
                        repetitions = number;
                    }
                }
            }
        }
        return new ThroughputOptions(sites, repetitions, parallel, browsers, levers, peerDir, peer);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int bounded(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + ": " + value);
        }
        return value;
    }
}
