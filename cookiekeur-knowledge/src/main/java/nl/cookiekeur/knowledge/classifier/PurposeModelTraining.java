package nl.cookiekeur.knowledge.classifier;

import java.nio.file.Path;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;

/**
 * Build-time training of the shipped purpose model, run by the exec-maven-plugin after the data check:
 * trains on the validated data files with the fixed seeds and writes the model file under the classes
 * directory given as argument, so the command line loads it instead of training.
 */
public final class PurposeModelTraining {
    private PurposeModelTraining() {}

    /** Trains the model and writes it under the classes directory {@code args[0]}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PurposeModelTraining <classes directory>");
        }
        long start = System.nanoTime();
        InMemoryKnowledgeBase knowledge = KnowledgeBases.fromDataFiles();
        PurposeModel model = LearnedCookieClassifier.trainModel(knowledge.entries(), knowledge::trackerForHost);
        Path file = Path.of(args[0], PurposeModelFile.RESOURCE.substring(1));
        PurposeModelFile.write(model, LearnedCookieClassifier.DEFAULT_THRESHOLD, file);
        System.out.printf(
                "Purpose model written: %s (%d features, temperature %.3f, %d ms)%n",
                file, model.vocabulary().size(), model.temperature(), (System.nanoTime() - start) / 1_000_000);
    }
}
