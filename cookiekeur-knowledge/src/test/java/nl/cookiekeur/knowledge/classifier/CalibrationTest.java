package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void overconfidentLogitsGetATemperatureAboveOne() {
        // Logits claim ~99.9% confidence but only 70% of labels agree with the top class.
        Random random = new Random(1);
        List<double[]> logits = new ArrayList<>();
        int[] labels = new int[1000];
        for (int i = 0; i < labels.length; i++) {
            logits.add(new double[] {8, 0, 0, 0});
            labels[i] = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(3);
        }

        double temperature = TemperatureScaling.fit(logits, labels);

        double[] p = new double[4];
        SoftmaxRegression.softmax(logits.get(0), temperature, p);
        assertThat(temperature).isGreaterThan(1);
        assertThat(p[0]).isBetween(0.65, 0.75);
    }

    @Test
    void calibratedConfidenceRisesWithTheLogitMargin() {
        double previous = 0;
        for (double margin = 0; margin <= 10; margin += 0.5) {
            double[] p = new double[4];
            SoftmaxRegression.softmax(new double[] {margin, 0, 0, 0}, 2.5, p);
            assertThat(p[0]).isGreaterThanOrEqualTo(previous);
            previous = p[0];
        }
    }

    @Test
    void temperatureFittingNeverWorsensTheValidationLikelihood() {
        List<double[]> logits =
                List.of(new double[] {3, 1, 0, 0}, new double[] {0, 2, 0, 1}, new double[] {1, 1, 4, 0});
        int[] labels = {0, 3, 2};

        double fitted = TemperatureScaling.fit(logits, labels);

        assertThat(TemperatureScaling.negativeLogLikelihood(logits, labels, fitted))
                .isLessThanOrEqualTo(TemperatureScaling.negativeLogLikelihood(logits, labels, 1.0) + 1e-9);
    }

    @Test
    void reliabilityTableComputesExpectedCalibrationError() {
        ReliabilityTable table = new ReliabilityTable();
        table.add(0.95, true);
        table.add(0.95, false);
        table.add(0.55, true);

        // bin 9: confidence .95, accuracy .5 → gap .45 (2 items); bin 5: .55 vs 1 → gap .45 (1 item)
        assertThat(table.expectedCalibrationError()).isCloseTo(0.45, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(table.items(9)).isEqualTo(2);
        assertThat(table.accuracy(5)).isEqualTo(1.0);
    }
}
