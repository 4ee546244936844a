package nl.cookiekeur.reporting.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.Severity;

/**
 * One line of the "fix this first" list at the top of a report: a check whose findings one change removes, with
 * the most severe first and, among equals, the check that removes the most findings.
 *
 * @param checkId the check, such as {@code NL-CK-01}
 * @param severity the most severe of its findings
 * @param findings how many findings the change removes
 * @param title the title of its most severe finding
 * @param remediation what to change, from that finding
 */
public record FixFirst(
        String checkId, Severity severity, int findings, LocalizedText title, LocalizedText remediation) {
    /** The most lines the list shows: a short list is read, a long one is not. */
    public static final int MAX_LINES = 3;

    /** The list for these findings: checks with a kritiek, hoog or middel finding, at most {@link #MAX_LINES}. */
    public static List<FixFirst> of(List<Finding> findings) {
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.severity().compareTo(Severity.MIDDEL) <= 0) {
                byCheck.computeIfAbsent(finding.checkId(), id -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<FixFirst> lines = new ArrayList<>();
        byCheck.forEach((checkId, group) -> {
            Finding worst =
                    group.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
            lines.add(new FixFirst(checkId, worst.severity(), group.size(), worst.title(), worst.remediation()));
        });
        lines.sort(Comparator.comparing(FixFirst::severity)
                .thenComparing(Comparator.comparingInt(FixFirst::findings).reversed())
                .thenComparing(FixFirst::checkId));
        return List.copyOf(lines.subList(0, Math.min(MAX_LINES, lines.size())));
    }
}
