package nl.cookiekeur.report;

import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.text.Language;

/**
 * Writes the reports of an assessment into a folder: {@code report.html}, {@code report.json},
 * {@code report.md}, {@code cookieverklaring.html}, {@code cookieverklaring.md} and {@code cookies.csv}.
 */
public interface ReportWriter {

    /**
     * Writes all reports; screenshots are referenced from (and embedded out of) the evidence folder.
     *
     * @return the files written, {@code report.html} first
     */
    List<Path> write(Assessment assessment, Path evidenceFolder, Path outFolder, Language language);
}
