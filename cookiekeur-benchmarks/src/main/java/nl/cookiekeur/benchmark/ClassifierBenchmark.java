package nl.cookiekeur.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.LearnedCookieClassifier;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Unknown-cookie classifications per second on one thread, with the same hash-map baseline. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ClassifierBenchmark {
    @SuppressWarnings("NullAway.Init") // set in @Setup
    private CookieClassifier classifier;

    @SuppressWarnings("NullAway.Init") // set in @Setup
    private Cookie[] cookies;

    private final Map<String, KnowledgeEntry> byName = new HashMap<>();
    private int next;

    @Setup
    public void load() {
        KnowledgeBase knowledge = KnowledgeBases.shipped();
        classifier = LearnedCookieClassifier.shipped(knowledge::trackerForHost);
        cookies = BenchmarkCookies.unknown();
        knowledge.entries().forEach(e -> byName.putIfAbsent(e.name(), e));
    }

    /** Feature extraction, model and calibration for one unknown cookie. */
    @Benchmark
    public Classification classify() {
        return classifier.classify(cookies[next++ & (BenchmarkCookies.SIZE - 1)]);
    }

    /** Baseline: one hash-map get by exact name. */
    @Benchmark
    public @Nullable KnowledgeEntry hashMapBaseline() {
        return byName.get(cookies[next++ & (BenchmarkCookies.SIZE - 1)].name());
    }
}
