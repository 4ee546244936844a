package nl.cookiekeur.compliance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.facts.SiteFacts;

/**
 * The judgement of one scan: findings, advice per item, declared versus observed, and what needs a person.
 *
 * @param evidence the evidence judged
 * @param findings the findings, most severe first
 * @param items the advice per observed cookie, storage entry and tracker
 * @param declarations the differences between declared and observed
 * @param manualChecks the checks the evidence cannot decide
 * @param checkErrors the checks that failed and could not be evaluated; when any, the assessment is
 *     incomplete
 * @param rulesVersion the version of the rule catalogue that judged
 * @param siteFacts what the owner declared about the site's tools and the judgement relied on, on the owner's word
 */
public record Assessment(
        ScanEvidence evidence,
        List<Finding> findings,
        List<ItemAdvice> items,
        List<DeclarationMismatch> declarations,
        List<ManualCheck> manualChecks,
        List<CheckError> checkErrors,
        String rulesVersion,
        SiteFacts siteFacts) {

    public Assessment {
        Objects.requireNonNull(siteFacts, "siteFacts");
        Objects.requireNonNull(evidence, "evidence");
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::checkId))
                .toList();
        items = List.copyOf(items);
        declarations = List.copyOf(declarations);
        manualChecks = List.copyOf(manualChecks);
        checkErrors = List.copyOf(checkErrors);
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }

    /** An assessment without declared site facts. */
    public Assessment(
            ScanEvidence evidence,
            List<Finding> findings,
            List<ItemAdvice> items,
            List<DeclarationMismatch> declarations,
            List<ManualCheck> manualChecks,
            List<CheckError> checkErrors,
            String rulesVersion) {
        this(evidence, findings, items, declarations, manualChecks, checkErrors, rulesVersion, SiteFacts.none());
    }

    /** An assessment in which every check could be evaluated. */
    public Assessment(
            ScanEvidence evidence,
            List<Finding> findings,
            List<ItemAdvice> items,
            List<DeclarationMismatch> declarations,
            List<ManualCheck> manualChecks,
            String rulesVersion) {
        this(evidence, findings, items, declarations, manualChecks, List.of(), rulesVersion);
    }

    /**
     * Whether the scan saw what it was asked to see and every check could be evaluated; when not, the findings
     * may miss what the scanner never saw or what a failed check would say, so the verdict is never an
     * all-clear.
     */
    public boolean complete() {
        return checkErrors.isEmpty() && coverage().complete();
    }

    /** What the scan saw and what it could not (the start page per phase, the phases). */
    public Coverage coverage() {
        return Coverage.of(evidence);
    }

    /** The most severe finding's severity, empty when there is no finding. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    /** Whether any finding is at or above the level. */
    public boolean hasAtLeast(Severity level) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(level));
    }
}
