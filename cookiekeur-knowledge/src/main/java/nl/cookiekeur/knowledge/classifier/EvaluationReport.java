package nl.cookiekeur.knowledge.classifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.knowledge.InMemoryKnowledgeBase;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.data.CuratedTrackers;
import nl.cookiekeur.knowledge.data.WhoTracksMe;

/**
 * Prints the classifier's evaluation tables as Markdown for {@code docs/benchmarks.md}: grouped splits over
 * several seeds, a threshold sweep, the reliability table and the end-to-end pipeline.
 */
public final class EvaluationReport {
    /** Seeds of the grouped splits that are averaged. */
    static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L);

    private final PrintStream out;

    private EvaluationReport(PrintStream out) {
        this.out = out;
    }

    /** Prints the report for the shipped knowledge to standard output. */
    public static void main(String[] args) {
        InMemoryKnowledgeBase knowledge = KnowledgeBases.shipped();
        List<Tracker> trackers = CuratedTrackers.apply(WhoTracksMe.load(), CuratedTrackers.load());
        new EvaluationReport(new PrintStream(System.out, true, StandardCharsets.UTF_8)).print(knowledge, trackers);
    }

    private void print(InMemoryKnowledgeBase knowledge, List<Tracker> trackers) {
        List<KnowledgeEntry> entries = knowledge.entries();
        double threshold = LearnedCookieClassifier.DEFAULT_THRESHOLD;
        out.println("### Classifier on held-out vendors (threshold " + threshold + ")\n");
        out.println("| seed | test vendors | test items | forced accuracy | coverage | accuracy on answered"
                + " | necessary→marketing | ECE raw | ECE calibrated | temperature | naive Bayes forced accuracy |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        ClassifierEvaluation first = null;
        for (long seed : SEEDS) {
            ClassifierEvaluation e = ClassifierEvaluation.run(entries, knowledge::trackerForHost, threshold, seed);
            first = first == null ? e : first;
            ConfusionMatrix m = e.atThreshold();
            out.printf(
                    Locale.ROOT,
                    "| %d | %d | %d | %.3f | %.3f | %.3f | %.4f | %.3f | %.3f | %.2f | %.3f |%n",
                    seed,
                    e.testVendors(),
                    e.testItems(),
                    e.forced().accuracy(),
                    m.coverage(),
                    m.accuracyOnAnswered(),
                    m.necessaryAsMarketingRate(),
                    e.uncalibrated().expectedCalibrationError(),
                    e.calibrated().expectedCalibrationError(),
                    e.temperature(),
                    e.naiveBayesAccuracy());
        }
        if (first != null) {
            perCategory(first);
            reliability(first.calibrated());
        }
        sweep(entries, knowledge);
        pipeline(entries, trackers, knowledge, threshold);
    }

    private void perCategory(ClassifierEvaluation e) {
        out.println("\n### Per category, seed 1 (at threshold; recall counts unknown as a miss)\n");
        out.println("| category | precision | recall | forced precision | forced recall |");
        out.println("|---|---|---|---|---|");
        for (Category c : ConfusionMatrix.TRUE) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.3f |%n",
                    c.id(),
                    e.atThreshold().precision(c),
                    e.atThreshold().recall(c),
                    e.forced().precision(c),
                    e.forced().recall(c));
        }
        confusion("Confusion at threshold, seed 1", e.atThreshold());
    }

    private void confusion(String title, ConfusionMatrix m) {
        out.println("\n#### " + title + " (rows: truth, columns: answer)\n");
        StringBuilder header = new StringBuilder("| truth \\ answer |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Category c : ConfusionMatrix.ANSWERED) {
            header.append(' ').append(c.id()).append(" |");
            rule.append("---|");
        }
        out.println(header);
        out.println(rule);
        for (Category truth : ConfusionMatrix.TRUE) {
            StringBuilder row = new StringBuilder("| " + truth.id() + " |");
            for (Category answer : ConfusionMatrix.ANSWERED) {
                row.append(' ').append(m.count(truth, answer)).append(" |");
            }
            out.println(row);
        }
    }

    private void reliability(ReliabilityTable table) {
        out.println("\n### Reliability of calibrated confidence, seed 1\n");
        out.println("| confidence bin | items | mean confidence | accuracy |");
        out.println("|---|---|---|---|");
        for (int bin = 0; bin < ReliabilityTable.BINS; bin++) {
            if (table.items(bin) > 0) {
                out.printf(
                        Locale.ROOT,
                        "| %.1f–%.1f | %d | %.3f | %.3f |%n",
                        bin / 10.0,
                        (bin + 1) / 10.0,
                        table.items(bin),
                        table.meanConfidence(bin),
                        table.accuracy(bin));
            }
        }
    }

    private void sweep(List<KnowledgeEntry> entries, InMemoryKnowledgeBase knowledge) {
        out.println("\n### Threshold sweep, seed 1\n");
        out.println("| threshold | coverage | accuracy on answered | necessary→marketing |");
        out.println("|---|---|---|---|");
        for (double t : new double[] {0.0, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            ConfusionMatrix m = ClassifierEvaluation.run(entries, knowledge::trackerForHost, t, 1L)
                    .atThreshold();
            out.printf(
                    Locale.ROOT,
                    "| %.1f | %.3f | %.3f | %.4f |%n",
                    t,
                    m.coverage(),
                    m.accuracyOnAnswered(),
                    m.necessaryAsMarketingRate());
        }
    }

    private void pipeline(
            List<KnowledgeEntry> entries, List<Tracker> trackers, InMemoryKnowledgeBase knowledge, double threshold) {
        PipelineEvaluation p = PipelineEvaluation.run(entries, trackers, knowledge.sources(), threshold, 3000, 1L);
        out.println("\n### End to end: knowledge first, then classifier (seed 1, 3000 observations)\n");
        out.printf(
                Locale.ROOT,
                "Held-out vendors: %d (their entries removed from the knowledge base and from training).%n%n",
                p.heldOutVendors());
        out.println("| set | items | accuracy | coverage | accuracy on answered | necessary→marketing |");
        out.println("|---|---|---|---|---|---|");
        row("all observations", p.all());
        row("held-out vendors only", p.heldOut());
        out.printf(
                Locale.ROOT,
                "%nAnswered by the knowledge base: %d; by the classifier: %d; needs review: %d.%n",
                p.answeredByKnowledge(),
                p.answeredByClassifier(),
                p.needsReview());
        confusion("End to end, held-out vendors", p.heldOut());
    }

    private void row(String name, ConfusionMatrix m) {
        out.printf(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.4f |%n",
                name,
                m.total(),
                m.accuracy(),
                m.coverage(),
                m.accuracyOnAnswered(),
                m.necessaryAsMarketingRate());
    }
}
