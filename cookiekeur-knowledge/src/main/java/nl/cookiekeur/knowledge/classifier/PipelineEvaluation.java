package nl.cookiekeur.knowledge.classifier;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;

/**
 * The end-to-end evaluation: knowledge lookup first, then the classifier, on a realistic observed-cookie
 * set, with the held-out vendors' entries removed from the knowledge base and from the model's training.
 *
 * @param all answers on every observation
 * @param heldOut answers on the observations of held-out vendors only
 * @param answeredByKnowledge observations the (reduced) knowledge base identified
 * @param answeredByClassifier observations the classifier answered with a known category
 * @param needsReview observations answered unknown
 * @param heldOutVendors number of vendor groups removed
 */
public record PipelineEvaluation(
        ConfusionMatrix all,
        ConfusionMatrix heldOut,
        int answeredByKnowledge,
        int answeredByClassifier,
        int needsReview,
        int heldOutVendors) {

    /** Runs the evaluation over {@code count} observations drawn with {@code seed}. */
    public static PipelineEvaluation run(
            List<KnowledgeEntry> entries,
            List<Tracker> trackers,
            List<KnowledgeSource> sources,
            double threshold,
            int count,
            long seed) {
        InMemoryKnowledgeBase full = new InMemoryKnowledgeBase(entries, trackers, sources, Duration.ZERO);
        CookieContexts contexts = new CookieContexts(full::trackerForHost);
        List<Example> examples =
                Examples.generate(entries, contexts, seed, LearnedCookieClassifier.OBSERVATIONS_PER_ENTRY);
        GroupedSplit<Example> split = GroupedSplit.of(
                examples, Example::group, ClassifierEvaluation.VALIDATION_SHARE, ClassifierEvaluation.TEST_SHARE, seed);
        Set<String> heldOutVendors = new TreeSet<>();
        split.test().forEach(e -> heldOutVendors.add(e.group()));
        List<KnowledgeEntry> remaining = entries.stream()
                .filter(e -> !heldOutVendors.contains(e.platform()))
                .toList();
        PurposeModel model =
                PurposeModel.train(split.training(), split.validation(), SoftmaxRegression.Settings.DEFAULT);
        KnowledgeFirstClassifier pipeline = new KnowledgeFirstClassifier(
                new InMemoryKnowledgeBase(remaining, trackers, sources, Duration.ZERO),
                new LearnedCookieClassifier(model, contexts, threshold));
        ConfusionMatrix all = new ConfusionMatrix();
        ConfusionMatrix heldOut = new ConfusionMatrix();
        int byKnowledge = 0;
        int byClassifier = 0;
        int review = 0;
        for (ObservedCookie observed : ObservedCookieSample.draw(entries, count, seed + 2)) {
            Classification answer = pipeline.classify(observed.cookie());
            Category truth = Examples.legalLabel(observed, contexts.of(observed.cookie()));
            all.add(truth, answer.category());
            if (heldOutVendors.contains(observed.platform())) {
                heldOut.add(truth, answer.category());
            }
            if (answer.category() == Category.UNKNOWN) {
                review++;
            } else if (answer.predicted()) {
                byClassifier++;
            } else {
                byKnowledge++;
            }
        }
        return new PipelineEvaluation(all, heldOut, byKnowledge, byClassifier, review, heldOutVendors.size());
    }
}
