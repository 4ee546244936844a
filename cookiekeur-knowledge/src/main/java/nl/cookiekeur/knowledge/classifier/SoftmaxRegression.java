package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse binary features, trained with AdaGrad and L2 regularisation
 * in a fixed, seeded order so that the same data always give the same model.
 */
final class SoftmaxRegression {
    private final double[][] weights;
    private final double[] bias;

    private SoftmaxRegression(double[][] weights, double[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** A model with the given weights (one row per class) and biases, such as one read from a model file. */
    static SoftmaxRegression of(double[][] weights, double[] bias) {
        if (weights.length != bias.length) {
            throw new IllegalArgumentException(
                    "one weight row per class: " + weights.length + " rows, " + bias.length + " biases");
        }
        double[][] copy = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            if (weights[k].length != weights[0].length) {
                throw new IllegalArgumentException("weight rows differ in length");
            }
            copy[k] = weights[k].clone();
        }
        return new SoftmaxRegression(copy, bias.clone());
    }

    /** Number of classes. */
    int classes() {
        return bias.length;
    }

    /** Number of features (the weight row length). */
    int dimension() {
        return weights.length == 0 ? 0 : weights[0].length;
    }

    /** A copy of the weights of class {@code k}. */
    double[] weights(int k) {
        return weights[k].clone();
    }

    /** A copy of the biases. */
    double[] bias() {
        return bias.clone();
    }

    /** Training settings: passes over the data, AdaGrad step size, L2 penalty and shuffling seed. */
    record Settings(int epochs, double learningRate, double l2, long seed) {
        static final Settings DEFAULT = new Settings(3, 0.05, 1e-2, 20_260_311L);
    }

    /** Trains on encoded examples with class labels {@code 0..classes-1}, each with a sample weight. */
    static SoftmaxRegression train(
            List<int[]> examples, int[] labels, double[] sampleWeights, int classes, int dimension, Settings settings) {
        double[][] w = new double[classes][dimension];
        double[] b = new double[classes];
        double[][] gradSquares = new double[classes][dimension];
        double[] biasSquares = new double[classes];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        SoftmaxRegression model = new SoftmaxRegression(w, b);
        double[] probabilities = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                int[] x = examples.get(i);
                softmax(model.logits(x), 1.0, probabilities);
                for (int k = 0; k < classes; k++) {
                    double g = (probabilities[k] - (labels[i] == k ? 1 : 0)) * sampleWeights[i];
                    for (int j : x) {
                        double grad = g + settings.l2() * w[k][j];
                        gradSquares[k][j] += grad * grad;
                        w[k][j] -= settings.learningRate() * grad / Math.sqrt(gradSquares[k][j] + 1e-8);
                    }
                    biasSquares[k] += g * g;
                    b[k] -= settings.learningRate() * g / Math.sqrt(biasSquares[k] + 1e-8);
                }
            }
        }
        return model;
    }

    /** The raw class scores for an encoded example. */
    double[] logits(int[] features) {
        double[] scores = bias.clone();
        for (int k = 0; k < scores.length; k++) {
            double[] wk = weights[k];
            for (int j : features) {
                scores[k] += wk[j];
            }
        }
        return scores;
    }

    /** Writes softmax(logits / temperature) into {@code out}. */
    static void softmax(double[] logits, double temperature, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp((logits[k] - max) / temperature);
            sum += out[k];
        }
        for (int k = 0; k < logits.length; k++) {
            out[k] /= sum;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
