package nl.cookiekeur.knowledge.classifier;

import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void sweep() {
        var entries = OpenCookieDatabase.load();
        CookieContexts contexts = new CookieContexts(h -> java.util.Optional.empty());
        for (long seed : new long[] {1, 2, 3, 4, 5}) {
            List<Example> examples = Examples.generate(entries, contexts, seed, 4);
            GroupedSplit<Example> split = GroupedSplit.of(examples, Example::group, 0.15, 0.25, seed);
            for (int epochs : new int[] {3}) {
                for (double l2 : new double[] {1e-2}) {
                    for (double lr : new double[] {0.05}) {
                        var model = PurposeModel.train(
                                split.training(),
                                split.validation(),
                                new SoftmaxRegression.Settings(epochs, lr, l2, 5));
                        ConfusionMatrix m = new ConfusionMatrix();
                        ReliabilityTable r = new ReliabilityTable();
                        for (Example e : split.test()) {
                            double[] p = model.probabilities(e.context());
                            int b = ClassifierEvaluation.argmax(p);
                            m.add(e.label(), PurposeModel.CLASSES.get(b));
                            r.add(p[b], PurposeModel.CLASSES.get(b) == e.label());
                        }
                        System.out.printf(
                                "seed=%d ep=%d l2=%g lr=%g T=%.2f acc=%.3f n->m=%.3f ece=%.3f recall N=%.2f A=%.2f M=%.2f%n",
                                seed,
                                epochs,
                                l2,
                                lr,
                                model.temperature(),
                                m.accuracy(),
                                m.necessaryAsMarketingRate(),
                                r.expectedCalibrationError(),
                                m.recall(Category.NECESSARY),
                                m.recall(Category.ANALYTICS),
                                m.recall(Category.MARKETING));
                    }
                }
            }
        }
    }
}
