package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cookiekeur.classification.Category;

/**
 * The trained purpose model: feature vocabulary, multinomial logistic regression and the temperature that
 * calibrates its confidences.
 */
final class PurposeModel {
    /** The categories the model can predict, in class-index order. */
    static final List<Category> CLASSES =
            List.of(Category.NECESSARY, Category.PREFERENCES, Category.ANALYTICS, Category.MARKETING);

    /** The least confidence for answering marketing, whatever the general threshold. */
    static final double MARKETING_THRESHOLD = 0.85;

    private final FeatureVocabulary vocabulary;
    private final SoftmaxRegression regression;
    private final double temperature;

    private PurposeModel(FeatureVocabulary vocabulary, SoftmaxRegression regression, double temperature) {
        this.vocabulary = vocabulary;
        this.regression = regression;
        this.temperature = temperature;
    }

    /**
     * Trains on {@code training} and fits the temperature on {@code validation}, which must come from other
     * vendor groups so that the confidences describe unseen vendors.
     */
    static PurposeModel train(List<Example> training, List<Example> validation, SoftmaxRegression.Settings settings) {
        List<List<String>> features =
                training.stream().map(e -> CookieFeatures.of(e.context())).toList();
        FeatureVocabulary vocabulary = FeatureVocabulary.of(features, 2);
        List<int[]> encoded = features.stream().map(vocabulary::encode).toList();
        int[] labels = labels(training);
        SoftmaxRegression regression = SoftmaxRegression.train(
                encoded, labels, classWeights(training), CLASSES.size(), vocabulary.size(), settings);
        PurposeModel uncalibrated = new PurposeModel(vocabulary, regression, 1.0);
        if (validation.isEmpty()) {
            return uncalibrated;
        }
        List<double[]> logits = new ArrayList<>();
        for (Example example : validation) {
            logits.add(uncalibrated.logits(example.context()));
        }
        double temperature = TemperatureScaling.fit(logits, labels(validation));
        return new PurposeModel(vocabulary, regression, temperature);
    }

    /** A model from its parts, such as those read from a model file. */
    static PurposeModel of(FeatureVocabulary vocabulary, SoftmaxRegression regression, double temperature) {
        if (regression.classes() != CLASSES.size() || regression.dimension() != vocabulary.size()) {
            throw new IllegalArgumentException("model has " + regression.classes() + " classes and "
                    + regression.dimension() + " features, vocabulary " + vocabulary.size());
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        return new PurposeModel(vocabulary, regression, temperature);
    }

    FeatureVocabulary vocabulary() {
        return vocabulary;
    }

    SoftmaxRegression regression() {
        return regression;
    }

    /** Calibrated probabilities per class, in {@link #CLASSES} order. */
    double[] probabilities(CookieContext context) {
        double[] p = new double[CLASSES.size()];
        SoftmaxRegression.softmax(logits(context), temperature, p);
        return p;
    }

    /**
     * The answer for calibrated probabilities: the most likely category when its probability reaches the
     * threshold, else unknown. Calling a cookie marketing is the costliest mistake (a false accusation of a
     * necessary cookie), so marketing needs at least {@link #MARKETING_THRESHOLD}.
     */
    static Category answer(double[] probabilities, double threshold) {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        Category category = CLASSES.get(best);
        double needed = category == Category.MARKETING ? Math.max(threshold, MARKETING_THRESHOLD) : threshold;
        return probabilities[best] >= needed ? category : Category.UNKNOWN;
    }

    /**
     * The answer for calibrated probabilities and the cookie's name: as {@link #answer(double[], double)}, but
     * a name that states a necessary purpose (security, cart, load balancing, consent choice; see
     * {@link NameConcepts#NECESSARY_PURPOSES}) is never called marketing on the model's word alone: it goes
     * to review instead.
     */
    static Category answer(double[] probabilities, double threshold, String name) {
        Category category = answer(probabilities, threshold);
        if (category == Category.MARKETING && NameConcepts.statesNecessaryPurpose(name)) {
            return Category.UNKNOWN;
        }
        return category;
    }

    double temperature() {
        return temperature;
    }

    /** The uncalibrated scores per class (temperature 1), in {@link #CLASSES} order. */
    double[] logits(CookieContext context) {
        return regression.logits(vocabulary.encode(CookieFeatures.of(context)));
    }

    /** Forced accuracy of naive Bayes on the same features and split, as a comparison for the report. */
    static double naiveBayesAccuracy(List<Example> training, List<Example> test) {
        List<List<String>> features =
                training.stream().map(e -> CookieFeatures.of(e.context())).toList();
        FeatureVocabulary vocabulary = FeatureVocabulary.of(features, 2);
        NaiveBayes bayes = NaiveBayes.train(
                features.stream().map(vocabulary::encode).toList(),
                labels(training),
                CLASSES.size(),
                vocabulary.size());
        long right = test.stream()
                .filter(e -> CLASSES.get(bayes.predict(vocabulary.encode(CookieFeatures.of(e.context())))) == e.label())
                .count();
        return test.isEmpty() ? 0 : right / (double) test.size();
    }

    static int[] labels(List<Example> examples) {
        return examples.stream().mapToInt(e -> CLASSES.indexOf(e.label())).toArray();
    }

    /**
     * Per-example weights: the square root of inverse class frequency, so that rare classes (preferences)
     * are not ignored without letting a handful of examples dominate.
     */
    private static double[] classWeights(List<Example> examples) {
        Map<Category, Long> counts =
                examples.stream().collect(Collectors.groupingBy(Example::label, Collectors.counting()));
        double n = examples.size();
        Function<Category, Double> weight = c -> Math.sqrt(n / (CLASSES.size() * (double) counts.getOrDefault(c, 1L)));
        return examples.stream().mapToDouble(e -> weight.apply(e.label())).toArray();
    }
}
