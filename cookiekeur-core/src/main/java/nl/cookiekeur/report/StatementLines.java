package nl.cookiekeur.report;

import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.text.Language;

/** The cookies and storage keys of an assessment as its cookie statement lists them (the report's generation). */
@FunctionalInterface
public interface StatementLines {
    /** No lines (for rescans that keep no statement). */
    StatementLines NONE = (assessment, language) -> List.of();

    /** The statement's lines in one language, in the statement's order. */
    List<StatementLine> lines(Assessment assessment, Language language);
}
