package nl.cookiekeur.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.report.StatementLines;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Statement;
import nl.cookiekeur.reporting.view.StatementRow;
import nl.cookiekeur.reporting.view.Words;
import nl.cookiekeur.text.Language;

/** The lines of {@code cookieverklaring.html}, for a statement published elsewhere (the monitor's). */
public final class ReportStatementLines implements StatementLines {

    /** Lines as the report's cookie statement has them; keeps no state. */
    public ReportStatementLines() {}

    @Override
    public List<StatementLine> lines(Assessment assessment, Language language) {
        Words words = Words.of(language);
        Statement statement = Statement.of(ReportView.of(assessment), words);
        List<StatementLine> lines = new ArrayList<>();
        for (Map.Entry<Category, List<StatementRow>> group : statement.groups().entrySet()) {
            String categoryName = words.category(group.getKey());
            for (StatementRow row : group.getValue()) {
                lines.add(new StatementLine(
                        row.kind(),
                        row.name(),
                        row.where(),
                        row.type(),
                        row.provider(),
                        group.getKey().id(),
                        categoryName,
                        row.purpose(),
                        row.retention(),
                        row.party()));
            }
        }
        return List.copyOf(lines);
    }
}
