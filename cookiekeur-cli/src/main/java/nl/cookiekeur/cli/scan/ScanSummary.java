package nl.cookiekeur.cli.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;

/** A few lines per phase after a scan: pages, cookies, storage, third parties and how the choice went. */
final class ScanSummary {
    private ScanSummary() {}

    static void print(PrintWriter out, Messages messages, ScanEvidence evidence, Path folder) {
        Coverage coverage = Coverage.of(evidence);
        if (!coverage.complete()) {
            out.println(messages.get("scan.summary.incomplete", evidence.scan().startUrl()));
            coverage.gaps().forEach(gap -> out.println("  " + gap.text(messages.language())));
        }
        out.println(messages.get("scan.summary.title", evidence.scan().startUrl()));
        for (Phase phase : evidence.scan().phases()) {
            long thirdParties = evidence.requests(phase).stream()
                    .filter(ObservedRequest::thirdParty)
                    .map(ObservedRequest::host)
                    .distinct()
                    .count();
            String choice = evidence.choices().stream()
                    .filter(c -> c.phase() == phase)
                    .map(ConsentChoice::outcome)
                    .map(outcome -> outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
            out.println(messages.get(
                    "scan.summary.phase",
                    phase.code(),
                    evidence.visits(phase).size(),
                    evidence.cookies(phase).stream().filter(c -> !c.removed()).count(),
                    evidence.storage(phase).size(),
                    evidence.requests(phase).size(),
                    thirdParties,
                    evidence.fingerprinting(phase).size(),
                    choice.isEmpty() ? "-" : choice));
        }
        if (!evidence.problems().isEmpty()) {
            out.println(
                    messages.get("scan.summary.problems", evidence.problems().size()));
        }
        out.println(messages.get("scan.summary.written", folder));
        out.flush();
    }
}
