package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.junit.jupiter.api.Test;

class ClassifierEvaluationTest {
    private static final List<KnowledgeEntry> ENTRIES = OpenCookieDatabase.load();

    @Test
    void heldOutVendorsAreClassifiedWellAboveChance() {
        ClassifierEvaluation evaluation = ClassifierEvaluation.run(ENTRIES, host -> Optional.empty(), 0.7, 1L);
        ConfusionMatrix m = evaluation.atThreshold();
        System.out.printf(
                "T=%.3f cov=%.3f acc=%.3f accAns=%.3f forced=%.3f n->m=%.4f ece=%.4f raw=%.4f%n",
                evaluation.temperature(),
                m.coverage(),
                m.accuracy(),
                m.accuracyOnAnswered(),
                evaluation.forced().accuracy(),
                m.necessaryAsMarketingRate(),
                evaluation.calibrated().expectedCalibrationError(),
                evaluation.uncalibrated().expectedCalibrationError());
        for (Category c : ConfusionMatrix.TRUE) {
            System.out.printf("%s p=%.3f r=%.3f%n", c, m.precision(c), m.recall(c));
        }
        assertThat(m.accuracyOnAnswered()).isGreaterThan(0.5);
    }
}
