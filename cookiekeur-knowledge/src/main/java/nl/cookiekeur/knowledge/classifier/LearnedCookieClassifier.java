package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.data.DeclaredCookie;
import nl.cookiekeur.knowledge.data.SiteDeclarations;

/**
 * Predicts a cookie's category from the cookie itself with the learned purpose model; answers
 * {@link Category#UNKNOWN} (needs review) when the calibrated confidence is below the threshold.
 */
public final class LearnedCookieClassifier implements CookieClassifier {
    /** The default confidence below which a prediction is withheld. */
    public static final double DEFAULT_THRESHOLD = 0.7;
    /** Seed of the generated training observations. */
    static final long TRAINING_SEED = 7_011_2026L;
    /** Observations generated per knowledge entry for training. */
    static final int OBSERVATIONS_PER_ENTRY = 4;
    /** How many times each declared real cookie counts in training, against generated observations. */
    static final int DECLARED_WEIGHT = 2;

    private final PurposeModel model;
    private final CookieContexts contexts;
    private final double threshold;

    LearnedCookieClassifier(PurposeModel model, CookieContexts contexts, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
        this.model = model;
        this.contexts = contexts;
        this.threshold = threshold;
    }

    /**
     * Trains a classifier from knowledge entries (deterministic: fixed seeds), calibrating on a held-out
     * tenth of the vendors; trackers give the tracker kind of cookie and script hosts.
     */
    public static LearnedCookieClassifier train(
            List<KnowledgeEntry> entries, Function<String, Optional<Tracker>> trackers, double threshold) {
        return new LearnedCookieClassifier(trainModel(entries, trackers), new CookieContexts(trackers), threshold);
    }

    /**
     * The classifier with the model the build trained on the shipped knowledge (see {@link #train}) and its
     * threshold, read from the generated model file instead of training; fails with a
     * {@code DataFileException} when that file is missing or damaged. Use it with the shipped knowledge.
     */
    public static LearnedCookieClassifier shipped(Function<String, Optional<Tracker>> trackers) {
        PurposeModelFile.Shipped shipped = PurposeModelFile.load();
        return new LearnedCookieClassifier(shipped.model(), new CookieContexts(trackers), shipped.threshold());
    }

    /**
     * The model {@link #train} builds: generated observations of the entries plus the real cookies other sites
     * declared (the fitted part of the shipped declarations), temperature from pooled grouped splits
     * ({@link PooledCalibration}), fixed seeds.
     */
    static PurposeModel trainModel(List<KnowledgeEntry> entries, Function<String, Optional<Tracker>> trackers) {
        return trainModel(entries, trackers, SiteDeclarations.load().rows());
    }

    /** The model trained on generated observations of the entries and on these declared real cookies. */
    static PurposeModel trainModel(
            List<KnowledgeEntry> entries, Function<String, Optional<Tracker>> trackers, List<DeclaredCookie> declared) {
        CookieContexts contexts = new CookieContexts(trackers);
        List<Example> examples =
                new ArrayList<>(Examples.generate(entries, contexts, TRAINING_SEED, OBSERVATIONS_PER_ENTRY));
        for (int copy = 0; copy < DECLARED_WEIGHT; copy++) {
            examples.addAll(Examples.declared(declared, contexts));
        }
        return PooledCalibration.train(examples, TRAINING_SEED, SoftmaxRegression.Settings.DEFAULT);
    }

    @Override
    public Classification classify(Cookie cookie) {
        CookieContext context = contexts.of(cookie);
        double[] p = model.probabilities(context);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        Category category = PurposeModel.answer(p, threshold, cookie.name());
        Tracker tracker = context.tracker();
        String vendor = tracker == null ? null : tracker.company() == null ? tracker.name() : tracker.company();
        return new Classification(
                category,
                p[best],
                vendor,
                Classification.PREDICTED,
                context.thirdParty(),
                PurposeModel.CLASSES.get(best));
    }

    /** The purpose model, for comparing a shipped model with a freshly trained one. */
    PurposeModel model() {
        return model;
    }

    /** The confidence below which predictions are withheld. */
    public double threshold() {
        return threshold;
    }
}
