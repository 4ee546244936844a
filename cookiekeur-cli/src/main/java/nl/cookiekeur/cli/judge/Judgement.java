package nl.cookiekeur.cli.judge;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;
import nl.cookiekeur.history.ScanHistory;
import nl.cookiekeur.history.ScanSnapshot;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * From evidence to a verdict: assesses it, writes the reports, keeps the scan in the history and prints a
 * short summary; the exit code is {@link ExitCode#INCOMPLETE} when a check could not be evaluated, and otherwise
 * follows {@code --fail-on}. Shared by {@code scan} and {@code report}.
 */
public final class Judgement {

    private final CliServices services;
    private final Messages messages;
    private final PrintWriter out;

    public Judgement(CliServices services, Messages messages, PrintWriter out) {
        this.services = services;
        this.messages = messages;
        this.out = out;
    }

    /**
     * Judges the evidence and returns the exit code: 4 when the assessment is incomplete (before {@code
     * --fail-on}), 1 when a finding is at or above {@code failOn}, else 0.
     *
     * @param evidence the evidence
     * @param evidenceFolder where the evidence (and its screenshots) are kept
     * @param outFolder where the reports go
     * @param language the report language
     * @param failOn the level at or above which a finding makes the exit code 1, or {@code null} to exit 0
     * @param database the history database URL, or {@code null} for the embedded default
     * @param facts what the owner declares about the site's tools ({@code --site-facts})
     */
    public int judge(
            ScanEvidence evidence,
            Path evidenceFolder,
            Path outFolder,
            Language language,
            @Nullable Severity failOn,
            @Nullable String database,
            SiteFacts facts) {
        Assessment assessment = services.assessor().apply(evidence, facts);
        List<Path> files = services.reportWriter().write(assessment, evidenceFolder, outFolder, language);
        StoredScan stored;
        try (ScanHistory history = services.history().open(database)) {
            stored = history.save(ScanSnapshot.of(
                    assessment,
                    evidenceFolder.toAbsolutePath().toString(),
                    outFolder.toAbsolutePath().toString()));
        }
        new JudgementSummary(messages, out).print(assessment, files.getFirst(), stored);
        if (!assessment.complete()) {
            return ExitCode.INCOMPLETE.code();
        }
        return failOn != null && assessment.hasAtLeast(failOn) ? ExitCode.FAILURE.code() : ExitCode.OK.code();
    }
}
