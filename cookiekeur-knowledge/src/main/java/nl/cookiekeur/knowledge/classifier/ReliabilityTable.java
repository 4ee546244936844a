package nl.cookiekeur.knowledge.classifier;

/**
 * Confidence against accuracy in ten equal-width bins, and the expected calibration error: the
 * item-weighted mean gap between confidence and accuracy.
 */
public final class ReliabilityTable {
    /** Number of bins over [0, 1]. */
    public static final int BINS = 10;

    private final long[] items = new long[BINS];
    private final long[] correct = new long[BINS];
    private final double[] confidenceSum = new double[BINS];

    /** Records a prediction's confidence and whether it was right. */
    public void add(double confidence, boolean right) {
        int bin = Math.min(BINS - 1, (int) (confidence * BINS));
        items[bin]++;
        confidenceSum[bin] += confidence;
        if (right) {
            correct[bin]++;
        }
    }

    /** Predictions in the bin. */
    public long items(int bin) {
        return items[bin];
    }

    /** Mean confidence in the bin (0 when empty). */
    public double meanConfidence(int bin) {
        return items[bin] == 0 ? 0 : confidenceSum[bin] / items[bin];
    }

    /** Accuracy in the bin (0 when empty). */
    public double accuracy(int bin) {
        return items[bin] == 0 ? 0 : correct[bin] / (double) items[bin];
    }

    /** The expected calibration error over all bins. */
    public double expectedCalibrationError() {
        long total = 0;
        double gap = 0;
        for (int bin = 0; bin < BINS; bin++) {
            total += items[bin];
            gap += items[bin] * Math.abs(meanConfidence(bin) - accuracy(bin));
        }
        return total == 0 ? 0 : gap / total;
    }
}
