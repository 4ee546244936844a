package nl.cookiekeur.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.report.ReportWriter;
import nl.cookiekeur.reporting.csv.CookieCsv;
import nl.cookiekeur.reporting.html.HtmlReport;
import nl.cookiekeur.reporting.html.StatementHtml;
import nl.cookiekeur.reporting.json.JsonReport;
import nl.cookiekeur.reporting.markdown.MarkdownReport;
import nl.cookiekeur.reporting.markdown.StatementMarkdown;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Statement;
import nl.cookiekeur.reporting.view.Words;
import nl.cookiekeur.text.Language;

/**
 * Writes the six reports of an assessment into a folder: {@code report.html}, {@code report.json},
 * {@code report.md}, {@code cookieverklaring.html}, {@code cookieverklaring.md} and {@code cookies.csv}, all
 * UTF-8. Each file is written to a temporary name first and then moved into place, so a reader never sees
 * half a report. The output is deterministic: the same assessment gives the same bytes.
 */
public final class FolderReportWriter implements ReportWriter {
    /** The file names, in the order {@link #write} returns them. */
    public static final List<String> FILES = List.of(
            "report.html", "report.json", "report.md", "cookieverklaring.html", "cookieverklaring.md", "cookies.csv");

    /** A writer; it keeps no state between calls. */
    public FolderReportWriter() {}

    @Override
    public List<Path> write(Assessment assessment, Path evidenceFolder, Path outFolder, Language language) {
        ReportView view = ReportView.of(assessment);
        Words words = Words.of(language);
        Statement statement = Statement.of(view, words);
        var scannedAt = assessment.evidence().scan().startedAt();
        List<String> contents = List.of(
                HtmlReport.render(view, evidenceFolder, words),
                JsonReport.render(view),
                MarkdownReport.render(view, words),
                StatementHtml.render(statement, scannedAt),
                StatementMarkdown.render(statement, scannedAt),
                CookieCsv.render(view));
        try {
            Files.createDirectories(outFolder);
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < FILES.size(); i++) {
                Path target = outFolder.resolve(FILES.get(i));
                Path temporary = outFolder.resolve("." + FILES.get(i) + ".tmp");
                Files.writeString(temporary, contents.get(i), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return List.copyOf(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + outFolder + ": " + e.getMessage(), e);
        }
    }
}
