package nl.cookiekeur.knowledge.classifier;

import java.util.List;

/**
 * Temperature scaling (Guo et al. 2017): one positive number that divides the logits, fitted on a
 * validation split by minimising the negative log-likelihood, so that confidences match accuracies.
 */
final class TemperatureScaling {
    private static final double LOW = Math.log(0.05);
    private static final double HIGH = Math.log(20);

    private TemperatureScaling() {}

    /** The temperature that minimises the validation negative log-likelihood (golden-section on log T). */
    static double fit(List<double[]> logits, int[] labels) {
        double a = LOW;
        double b = HIGH;
        double phi = (Math.sqrt(5) - 1) / 2;
        double c = b - phi * (b - a);
        double d = a + phi * (b - a);
        for (int i = 0; i < 80; i++) {
            if (negativeLogLikelihood(logits, labels, Math.exp(c))
                    < negativeLogLikelihood(logits, labels, Math.exp(d))) {
                b = d;
            } else {
                a = c;
            }
            c = b - phi * (b - a);
            d = a + phi * (b - a);
        }
        return Math.exp((a + b) / 2);
    }

    /** Mean negative log-likelihood of the labels under softmax(logits / temperature). */
    static double negativeLogLikelihood(List<double[]> logits, int[] labels, double temperature) {
        if (logits.isEmpty()) {
            return 0;
        }
        double total = 0;
        double[] p = new double[logits.get(0).length];
        for (int i = 0; i < logits.size(); i++) {
            SoftmaxRegression.softmax(logits.get(i), temperature, p);
            total -= Math.log(Math.max(p[labels[i]], 1e-12));
        }
        return total / logits.size();
    }
}
