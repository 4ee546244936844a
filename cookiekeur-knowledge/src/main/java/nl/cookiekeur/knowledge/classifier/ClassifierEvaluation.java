package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;

/**
 * An honest evaluation of the classifier: vendors are split into training, calibration and test groups,
 * and the model is judged only on the test vendors' generated observations.
 *
 * @param atThreshold answers with abstention below the threshold
 * @param forced answers when the model must always pick a category
 * @param calibrated reliability of the calibrated confidences on the test vendors
 * @param uncalibrated reliability of the raw (temperature 1) confidences on the test vendors
 * @param temperature the fitted temperature
 * @param threshold the confidence threshold
 * @param trainingVendors vendor groups trained on
 * @param testVendors vendor groups tested on (disjoint from training and calibration)
 * @param testItems observations tested
 * @param naiveBayesAccuracy forced accuracy of naive Bayes on the same split, for comparison
 */
public record ClassifierEvaluation(
        ConfusionMatrix atThreshold,
        ConfusionMatrix forced,
        ReliabilityTable calibrated,
        ReliabilityTable uncalibrated,
        double temperature,
        double threshold,
        int trainingVendors,
        int testVendors,
        int testItems,
        double naiveBayesAccuracy) {

    /** Share of vendor groups held out for calibration. */
    static final double VALIDATION_SHARE = 0.15;
    /** Share of vendor groups held out for testing. */
    static final double TEST_SHARE = 0.25;

    /** Runs the evaluation with the given seed for generation and the grouped split. */
    public static ClassifierEvaluation run(
            List<KnowledgeEntry> entries, Function<String, Optional<Tracker>> trackers, double threshold, long seed) {
        CookieContexts contexts = new CookieContexts(trackers);
        List<Example> examples =
                Examples.generate(entries, contexts, seed, LearnedCookieClassifier.OBSERVATIONS_PER_ENTRY);
        GroupedSplit<Example> split = GroupedSplit.of(examples, Example::group, VALIDATION_SHARE, TEST_SHARE, seed);
        PurposeModel model =
                PurposeModel.train(split.training(), split.validation(), SoftmaxRegression.Settings.DEFAULT);
        PurposeModel raw = PurposeModel.train(split.training(), List.of(), SoftmaxRegression.Settings.DEFAULT);
        ConfusionMatrix atThreshold = new ConfusionMatrix();
        ConfusionMatrix forced = new ConfusionMatrix();
        ReliabilityTable calibrated = new ReliabilityTable();
        ReliabilityTable uncalibrated = new ReliabilityTable();
        for (Example example : split.test()) {
            double[] p = model.probabilities(example.context());
            int best = argmax(p);
            Category guess = PurposeModel.CLASSES.get(best);
            forced.add(example.label(), guess);
            atThreshold.add(
                    example.label(),
                    PurposeModel.answer(p, threshold, example.context().cookie().name()));
            calibrated.add(p[best], guess == example.label());
            double[] q = raw.probabilities(example.context());
            int rawBest = argmax(q);
            uncalibrated.add(q[rawBest], PurposeModel.CLASSES.get(rawBest) == example.label());
        }
        return new ClassifierEvaluation(
                atThreshold,
                forced,
                calibrated,
                uncalibrated,
                model.temperature(),
                threshold,
                groups(split.training()).size(),
                groups(split.test()).size(),
                split.test().size(),
                PurposeModel.naiveBayesAccuracy(split.training(), split.test()));
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    private static Set<String> groups(List<Example> examples) {
        Set<String> groups = new TreeSet<>();
        examples.forEach(e -> groups.add(e.group()));
        return groups;
    }
}
