package nl.cookiekeur.reporting.markdown;

import java.util.List;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.ManualCheck;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.reporting.view.FixFirst;
import nl.cookiekeur.reporting.view.OwnersWord;
import nl.cookiekeur.reporting.view.PhaseView;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.reporting.view.Times;
import nl.cookiekeur.reporting.view.Verdict;
import nl.cookiekeur.reporting.view.Words;

/** {@code report.md}: the verdict, a findings table and a per-phase summary for tickets and pull requests. */
public final class MarkdownReport {
    private MarkdownReport() {}

    /** The report as Markdown text. */
    public static String render(ReportView view, Words words) {
        ScanInfo scan = view.evidence().scan();
        Verdict verdict = view.verdict();
        StringBuilder md = new StringBuilder();
        md.append("# ")
                .append(Markdown.escape(words.get("report.title", scan.startUrl())))
                .append("\n\n");
        md.append("**")
                .append(Markdown.escape(verdict.headline().in(words.language())))
                .append("**\n\n");
        for (var gap : verdict.notSeen()) {
            md.append("- ").append(Markdown.escape(gap.in(words.language()))).append('\n');
        }
        for (var error : verdict.checkErrors()) {
            md.append("- ").append(Markdown.escape(error.in(words.language()))).append('\n');
        }
        if (!verdict.complete()) {
            md.append('\n')
                    .append(Markdown.escape(verdict.seen().in(words.language())))
                    .append("\n\n");
        }
        md.append(Markdown.escape(words.get("verdict.worst") + " "
                        + verdict.worst().map(words::severity).orElse(words.get("verdict.none"))))
                .append("  \n");
        StringBuilder counts = new StringBuilder();
        for (Severity severity : Severity.values()) {
            if (counts.length() > 0) {
                counts.append(", ");
            }
            counts.append(words.severity(severity))
                    .append(' ')
                    .append(verdict.counts().get(severity));
        }
        md.append(Markdown.escape(counts.toString())).append("  \n");
        md.append(Markdown.escape(words.get("report.scanned") + " " + scan.startUrl() + ", "
                        + Times.human(scan.startedAt()) + " " + words.get("time.zone")))
                .append("\n\n");
        if (verdict.manualChecks() > 0) {
            md.append(Markdown.escape(words.get("verdict.manual", verdict.manualChecks())))
                    .append("\n\n");
        }
        fixFirst(md, FixFirst.of(view.assessment().findings()), words);
        findings(md, view.assessment().findings(), words);
        phases(md, view, words);
        manual(md, view.assessment().manualChecks(), words);
        ownersWord(md, OwnersWord.lines(view.assessment().siteFacts(), words), words);
        md.append("---\n\n")
                .append(Markdown.escape(words.get("report.markdown.more")))
                .append('\n');
        return md.toString();
    }

    private static void fixFirst(StringBuilder md, List<FixFirst> lines, Words words) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("## ").append(Markdown.escape(words.get("fixFirst.heading"))).append("\n\n");
        int number = 1;
        for (FixFirst line : lines) {
            md.append(number++)
                    .append(". **")
                    .append(Markdown.escape(words.get(
                            "fixFirst.line",
                            line.checkId() + " " + line.title().in(words.language()),
                            words.severity(line.severity()),
                            line.findings())))
                    .append("**  \n   ")
                    .append(Markdown.escape(line.remediation().in(words.language())))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void findings(StringBuilder md, List<Finding> findings, Words words) {
        md.append("## ").append(Markdown.escape(words.get("findings.heading"))).append("\n\n");
        if (findings.isEmpty()) {
            md.append(Markdown.escape(words.get("findings.none"))).append("\n\n");
            return;
        }
        md.append(Markdown.header(List.of(
                words.get("col.severity"),
                words.get("col.check"),
                words.get("col.title"),
                words.get("col.phase"),
                words.get("findings.confidence"),
                words.get("col.advice"),
                words.get("col.evidence"))));
        for (Finding finding : findings) {
            Phase phase = finding.phase();
            AdviceNumber advice = finding.advice();
            String evidence = String.join(
                    ", ",
                    finding.evidence().stream().limit(5).map(e -> e.label()).toList());
            if (finding.evidence().size() > 5) {
                evidence = evidence + " "
                        + words.get("markdown.more", finding.evidence().size() - 5);
            }
            md.append(Markdown.row(List.of(
                    words.severity(finding.severity()),
                    finding.checkId(),
                    finding.title().in(words.language()),
                    phase == null ? words.get("findings.wholeSite") : words.phase(phase),
                    words.confidence(finding.confidence()),
                    advice == null ? "" : String.valueOf(advice.number()),
                    evidence)));
        }
        md.append('\n');
        for (Finding finding : findings) {
            md.append("### ")
                    .append(Markdown.escape(
                            finding.checkId() + " " + finding.title().in(words.language())))
                    .append("\n\n");
            md.append(Markdown.escape(finding.explanation().in(words.language())))
                    .append("\n\n");
            md.append("**")
                    .append(Markdown.escape(words.get("findings.remediation")))
                    .append("** ")
                    .append(Markdown.escape(finding.remediation().in(words.language())))
                    .append("\n\n");
            if (!finding.citations().isEmpty()) {
                md.append(Markdown.escape(words.get("findings.sources") + " "
                                + String.join(
                                        "; ",
                                        finding.citations().stream()
                                                .map(c -> c.reference(words.language()))
                                                .toList())))
                        .append("\n\n");
            }
        }
    }

    private static void phases(StringBuilder md, ReportView view, Words words) {
        md.append("## ").append(Markdown.escape(words.get("summary.heading"))).append("\n\n");
        md.append(Markdown.header(List.of(
                words.get("summary.phase"),
                words.get("summary.pages"),
                words.get("summary.cookies"),
                words.get("summary.storage"),
                words.get("summary.hosts"),
                words.get("summary.consentRequired"),
                words.get("summary.fingerprinting"))));
        for (PhaseView phase : view.phases()) {
            if (!phase.ran()) {
                md.append(Markdown.row(
                        List.of(words.phase(phase.phase()), words.get("phase.notRun"), "", "", "", "", "")));
                continue;
            }
            md.append(Markdown.row(List.of(
                    words.phase(phase.phase()),
                    String.valueOf(phase.visits().size()),
                    String.valueOf(phase.cookies().size()),
                    String.valueOf(phase.storage().size()),
                    String.valueOf(phase.hosts().size()),
                    String.valueOf(phase.consentRequiredItems()),
                    words.yesNo(!phase.fingerprinting().isEmpty()))));
        }
        md.append('\n');
        for (PhaseView phase : view.phases()) {
            if (!phase.ran() || phase.cookies().isEmpty()) {
                continue;
            }
            md.append("### ")
                    .append(Markdown.escape(
                            words.get("cookies.heading", phase.cookies().size()) + " \u2014 "
                                    + words.phase(phase.phase())))
                    .append("\n\n");
            md.append(Markdown.header(List.of(
                    words.get("col.name"),
                    words.get("col.domain"),
                    words.get("col.category"),
                    words.get("col.vendor"),
                    words.get("col.advice"),
                    words.get("col.consent"))));
            phase.cookies()
                    .forEach(row -> md.append(Markdown.row(List.of(
                            row.cookie().name(),
                            row.cookie().domain(),
                            words.category(row.category()),
                            row.vendor().orElse(""),
                            row.adviceNumber().map(String::valueOf).orElse(""),
                            row.consentRequired().map(words::yesNo).orElse("?")))));
            md.append('\n');
        }
    }

    private static void ownersWord(StringBuilder md, List<String> lines, Words words) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("## ").append(Markdown.escape(words.get("facts.heading"))).append("\n\n");
        md.append(Markdown.escape(words.get("facts.intro"))).append("\n\n");
        lines.forEach(line -> md.append("- ").append(Markdown.escape(line)).append('\n'));
        md.append('\n');
    }

    private static void manual(StringBuilder md, List<ManualCheck> checks, Words words) {
        if (checks.isEmpty()) {
            return;
        }
        md.append("## ").append(Markdown.escape(words.get("manual.heading"))).append("\n\n");
        for (ManualCheck check : checks) {
            md.append("- ")
                    .append(Markdown.escape(
                            check.checkId() + " " + check.title().in(words.language()) + ": "
                                    + check.whatToReview().in(words.language())))
                    .append('\n');
        }
        md.append('\n');
    }
}
