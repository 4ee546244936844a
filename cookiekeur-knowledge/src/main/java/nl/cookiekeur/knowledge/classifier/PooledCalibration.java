package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains the purpose model on all examples and fits its temperature on the pooled validation scores of several
 * models, each trained without a different random share of the vendor groups. One split alone proved too
 * unstable: with the shipped data the temperature fitted on a single 15 % split ranged from 1.08 to 1.63
 * depending on the split's seed, and with it how many cookies the classifier dared to decide. Pooling the
 * splits' validation scores gives one temperature that does not depend on which vendors one split happened to
 * hold out. Only the real cookies other sites declared (groups {@code site:…}) are scored: the model answers for
 * real cookies of sites it has not seen, and the generated observations of knowledge entries are easier than
 * those (fitted on them alone, the temperature came out 1.54, and the cookies decided at 0.7 were right more
 * often than 0.7 says, so too many went to review).
 */
final class PooledCalibration {
    /** How many grouped splits are pooled. */
    static final int SPLITS = 6;
    /** The share of vendor groups each split keeps out of training. */
    static final double VALIDATION_SHARE = 0.15;

    private PooledCalibration() {}

    /** The prefix of the groups of declared real cookies (one group per site). */
    static final String DECLARED_GROUP = "site:";

    /**
     * The model trained on all examples, with the temperature fitted on the declared real cookies of
     * {@link #SPLITS} pooled validations; all validated examples count when no declared cookie was held out.
     */
    static PurposeModel train(List<Example> examples, long seed, SoftmaxRegression.Settings settings) {
        List<double[]> logits = new ArrayList<>();
        List<Example> validated = new ArrayList<>();
        boolean declaredOnly = examples.stream().anyMatch(e -> e.group().startsWith(DECLARED_GROUP));
        for (int split = 0; split < SPLITS; split++) {
            GroupedSplit<Example> parts = GroupedSplit.of(examples, Example::group, VALIDATION_SHARE, 0, seed + split);
            PurposeModel partial = PurposeModel.train(parts.training(), List.of(), settings);
            for (Example example : parts.validation()) {
                if (declaredOnly && !example.group().startsWith(DECLARED_GROUP)) {
                    continue;
                }
                logits.add(partial.logits(example.context()));
                validated.add(example);
            }
        }
        PurposeModel model = PurposeModel.train(examples, List.of(), settings);
        if (validated.isEmpty()) {
            return model;
        }
        double temperature = TemperatureScaling.fit(logits, PurposeModel.labels(validated));
        return PurposeModel.of(model.vocabulary(), model.regression(), temperature);
    }
}
