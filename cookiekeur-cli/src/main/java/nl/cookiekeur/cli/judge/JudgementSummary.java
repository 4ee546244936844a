package nl.cookiekeur.cli.judge;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.CheckError;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.text.Language;

/** The few lines a user reads after a scan: the verdict, counts per severity, the worst findings, the report. */
final class JudgementSummary {

    private static final int SHOWN_FINDINGS = 8;

    private final Messages messages;
    private final PrintWriter out;

    JudgementSummary(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(Assessment assessment, Path report, StoredScan stored) {
        String url = assessment.evidence().scan().startUrl();
        boolean serious = assessment.hasAtLeast(Severity.HOOG);
        Coverage coverage = assessment.coverage();
        if (!coverage.complete()) {
            out.println(messages.get("judge.verdict.unseen", url));
            coverage.gaps().forEach(gap -> out.println("  " + gap.text(language())));
            out.println("  " + seen(assessment, coverage));
            for (CheckError error : assessment.checkErrors()) {
                out.println(messages.get("judge.checkError", error.checkId(), error.reason()));
            }
        } else if (!assessment.complete()) {
            out.println(messages.get(
                    "judge.verdict.incomplete", url, assessment.checkErrors().size()));
            for (CheckError error : assessment.checkErrors()) {
                out.println(messages.get("judge.checkError", error.checkId(), error.reason()));
            }
        } else {
            out.println(messages.get(serious ? "judge.verdict.serious" : "judge.verdict.fine", url));
        }
        List<String> counts = Arrays.stream(Severity.values())
                .map(s -> messages.get("judge.count", count(assessment, s), messages.get("severity." + s.code())))
                .toList();
        out.println("  " + String.join(" · ", counts));
        List<Finding> findings = assessment.findings();
        for (Finding finding : findings.subList(0, Math.min(SHOWN_FINDINGS, findings.size()))) {
            String phase = finding.phase() == null ? "" : " (" + finding.phase().code() + ")";
            out.println(messages.get(
                    "judge.finding",
                    messages.get("severity." + finding.severity().code()).toUpperCase(Locale.ROOT),
                    finding.checkId(),
                    finding.title().in(language()),
                    phase));
        }
        if (findings.size() > SHOWN_FINDINGS) {
            out.println(messages.get("judge.more", findings.size() - SHOWN_FINDINGS));
        }
        if (!assessment.manualChecks().isEmpty()) {
            out.println(messages.get("judge.manual", assessment.manualChecks().size()));
        }
        out.println(messages.get("judge.report", report.toAbsolutePath()));
        out.println(messages.get("judge.stored", stored.number()));
        out.flush();
    }

    private String seen(Assessment assessment, Coverage coverage) {
        List<String> phases = coverage.seen(assessment.evidence()).stream()
                .map(p -> messages.get(
                        "judge.seen.phase",
                        p.code(),
                        assessment.evidence().visits(p).size()))
                .toList();
        return phases.isEmpty()
                ? messages.get("judge.seen.none")
                : messages.get("judge.seen", String.join(", ", phases));
    }

    private Language language() {
        return messages.language();
    }

    private static long count(Assessment assessment, Severity severity) {
        return assessment.findings().stream()
                .filter(f -> f.severity() == severity)
                .count();
    }
}
