package nl.cookiekeur.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load the shipped knowledge base (snapshot read and indexed; and, for comparison, parsed and validated
 * from the CSV files), next to the baseline of only reading the Open Cookie Database file into a string; first
 * call in a fresh JVM and warmed up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
public class KnowledgeLoadBenchmark {

    /** Loads everything the knowledge base ships, from the snapshot the build wrote (what the command line does). */
    @Benchmark
    public KnowledgeBase load() {
        return KnowledgeBases.shipped();
    }

    /** The same knowledge parsed and validated from the CSV data files (the load before the snapshot). */
    @Benchmark
    public KnowledgeBase loadFromDataFiles() {
        return KnowledgeBases.fromDataFiles();
    }

    /** Baseline: the bytes of the largest data file decoded as UTF-8. */
    @Benchmark
    public String readFileBaseline() {
        try (InputStream in = OpenCookieDatabase.class.getResourceAsStream(OpenCookieDatabase.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + OpenCookieDatabase.RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
