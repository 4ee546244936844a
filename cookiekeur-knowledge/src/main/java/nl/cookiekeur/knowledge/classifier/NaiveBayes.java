package nl.cookiekeur.knowledge.classifier;

import java.util.List;

/**
 * Multinomial naive Bayes with Laplace smoothing over the same sparse features, kept only as a comparison
 * for the logistic regression in the evaluation.
 */
final class NaiveBayes {
    private final double[][] logLikelihood;
    private final double[] logPrior;

    private NaiveBayes(double[][] logLikelihood, double[] logPrior) {
        this.logLikelihood = logLikelihood;
        this.logPrior = logPrior;
    }

    static NaiveBayes train(List<int[]> examples, int[] labels, int classes, int dimension) {
        double[][] counts = new double[classes][dimension];
        double[] totals = new double[classes];
        double[] prior = new double[classes];
        for (int i = 0; i < examples.size(); i++) {
            prior[labels[i]]++;
            for (int j : examples.get(i)) {
                counts[labels[i]][j]++;
                totals[labels[i]]++;
            }
        }
        double[][] logLikelihood = new double[classes][dimension];
        double[] logPrior = new double[classes];
        for (int k = 0; k < classes; k++) {
            logPrior[k] = Math.log((prior[k] + 1) / (examples.size() + classes));
            for (int j = 0; j < dimension; j++) {
                logLikelihood[k][j] = Math.log((counts[k][j] + 1) / (totals[k] + dimension));
            }
        }
        return new NaiveBayes(logLikelihood, logPrior);
    }

    /** The most likely class index. */
    int predict(int[] features) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < logPrior.length; k++) {
            double score = logPrior[k];
            for (int j : features) {
                score += logLikelihood[k][j];
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }
}
