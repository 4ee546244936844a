package nl.cookiekeur.knowledge.classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the training settings (passes and step size, which act as early stopping) on the calibration
 * vendors: each candidate is trained on the training vendors and the one whose temperature-scaled
 * confidences give the lowest negative log-likelihood on the calibration vendors wins.
 */
final class TrainingSettingsChoice {
    /** The candidates, in the order ties are decided (the first wins a tie). */
    static final List<SoftmaxRegression.Settings> CANDIDATES = candidates();

    private TrainingSettingsChoice() {}

    /** The candidate with the lowest calibrated validation log-loss; the default when there is no validation. */
    static SoftmaxRegression.Settings choose(List<Example> training, List<Example> validation) {
        if (validation.isEmpty()) {
            return SoftmaxRegression.Settings.DEFAULT;
        }
        SoftmaxRegression.Settings best = SoftmaxRegression.Settings.DEFAULT;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (SoftmaxRegression.Settings candidate : CANDIDATES) {
            double loss = PurposeModel.train(training, validation, candidate).logLoss(validation);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = candidate;
            }
        }
        return best;
    }

    private static List<SoftmaxRegression.Settings> candidates() {
        List<SoftmaxRegression.Settings> candidates = new ArrayList<>();
        for (int epochs = 1; epochs <= 3; epochs++) {
            for (double rate : new double[] {0.01, 0.02, 0.05}) {
                candidates.add(new SoftmaxRegression.Settings(
                        epochs,
                        rate,
                        SoftmaxRegression.Settings.DEFAULT.l2(),
                        SoftmaxRegression.Settings.DEFAULT.seed()));
            }
        }
        return List.copyOf(candidates);
    }
}
