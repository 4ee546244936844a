package nl.cookiekeur.benchmark;

import java.util.Locale;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;

/**
 * Estimates the heap the loaded knowledge base and the shipped classifier keep alive: used heap after a
 * full collection with and without them (approximate; run in its own JVM).
 */
public final class RetainedMemory {
    private RetainedMemory() {}

    public static void main(String[] args) {
        long before = usedAfterGc();
        KnowledgeBase knowledge = KnowledgeBases.shipped();
        long withKnowledge = usedAfterGc();
        CookieClassifier classifier = KnowledgeFirstClassifier.shipped(knowledge);
        long withClassifier = usedAfterGc();
        System.out.printf(
                Locale.ROOT,
                "knowledge base retains ~%.1f MB; classifier adds ~%.1f MB (%d entries, %s)%n",
                (withKnowledge - before) / 1e6,
                (withClassifier - withKnowledge) / 1e6,
                knowledge.entries().size(),
                classifier.getClass().getSimpleName());
    }

    @SuppressWarnings("SystemGC") // a full collection is the point of this measurement
    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
