package nl.cookiekeur.cli.knowledge;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Set;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.classification.SiteSplit;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;

/** One run of {@code knowledge classify} over the records of a file: output, progress and the label score. */
final class ClassifyRun {
    private static final int PROGRESS_EVERY = 1000;

    private final CliServices services;
    private final Messages messages;
    private final boolean csv;
    private final SiteSplit.Part part;
    private final PrintWriter out;
    private final PrintWriter err;

    ClassifyRun(
            CliServices services,
            Messages messages,
            boolean csv,
            SiteSplit.Part part,
            PrintWriter out,
            PrintWriter err) {
        this.services = services;
        this.messages = messages;
        this.csv = csv;
        this.part = part;
        this.out = out;
        this.err = err;
    }

    ExitCode run(Iterator<RowReading> rows) {
        CookieAdvisor advisor = new CookieAdvisor(services.advisor());
        LabelScore score = new LabelScore();
        SiteAgreement agreement = new SiteAgreement();
        LabelReviews reviews = LabelReviews.shipped();
        if (csv) {
            out.println(String.join(",", ClassifiedRow.COLUMNS));
        }
        int done = 0;
        int failed = 0;
        while (rows.hasNext()) {
            switch (rows.next()) {
                case RowReading.Malformed malformed -> {
                    err.println(malformed.message());
                    failed++;
                }
                case RowReading.Read read -> {
                    ObservedRow row = read.row();
                    boolean inPart = part.contains(row.cookie().site());
                    if (row.label() != null) {
                        agreement.add(row.cookie().name(), row.cookie().site(), row.label(), inPart);
                    }
                    if (!inPart) {
                        continue;
                    }
                    Classification classification = services.cookieClassifier().classify(row.cookie());
                    // As in a scan without site facts: exempt-looking analytics needs the owner's statement of its
                    // settings, which a cookie file cannot give, so it needs consent (one answer per tool).
                    CookieAdvice advice = advisor.advise(row.cookie(), classification, false);
                    ClassifiedRow result = ClassifiedRow.of(row.cookie(), classification, advice, messages.language());
                    if (csv) {
                        out.println(result.csv());
                    } else {
                        JsonLines.print(out, result);
                    }
                    Category label = row.label();
                    if (label != null) {
                        Set<Category> accepted = reviews.find(row.cookie(), label)
                                .map(LabelReview::reviewed)
                                .orElse(Set.of(label));
                        score.add(label, accepted, classification, advice);
                    }
                }
            }
            done++;
            if (done % PROGRESS_EVERY == 0) {
                err.println(messages.get("classify.progress", done));
            }
        }
        out.flush();
        String summary = score.summary(messages);
        if (!summary.isEmpty()) {
            err.println(summary);
            String labels = agreement.summary(messages);
            if (!labels.isEmpty()) {
                err.println(labels);
            }
        }
        if (failed > 0) {
            err.println(messages.get("classify.failedRows", failed, done));
        }
        err.flush();
        return failed > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
