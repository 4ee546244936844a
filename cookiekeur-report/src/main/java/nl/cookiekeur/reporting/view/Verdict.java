package nl.cookiekeur.reporting.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.CheckError;
import nl.cookiekeur.compliance.Coverage;
import nl.cookiekeur.compliance.CoverageGap;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.text.Language;

/**
 * The one-line answer at the top of every report.
 *
 * @param status {@code incomplete} when the scan could not see what it was asked to (a start page or a phase)
 *     or a check could not be evaluated, else {@code not-ok} when a kritiek or
 *     hoog finding exists, {@code attention} when the worst is middel, {@code ok} otherwise
 * @param worst the worst severity, empty without findings
 * @param counts the number of findings per severity (every severity present, most severe first)
 * @param headline the sentence, such as "Niet in orde: 3 kritieke bevindingen"
 * @param manualChecks how many checks a person must still do
 * @param checkErrors one sentence per check that could not be evaluated, such as "Controle NL-CK-07 kon niet
 *     worden uitgevoerd: …"
 * @param notSeen one sentence per start page or phase the scan could not see; empty when it saw everything
 * @param seen what the scan did see, such as "Wel bekeken: fase initial (3 pagina's)"; shown when incomplete
 */
public record Verdict(
        String status,
        Optional<Severity> worst,
        Map<Severity, Integer> counts,
        LocalizedText headline,
        int manualChecks,
        List<LocalizedText> checkErrors,
        List<LocalizedText> notSeen,
        LocalizedText seen) {

    public Verdict {
        checkErrors = List.copyOf(checkErrors);
        notSeen = List.copyOf(notSeen);
    }

    /** The verdict of an assessment. */
    public static Verdict of(Assessment assessment) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (Finding finding : assessment.findings()) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        Optional<Severity> worst = assessment.worst();
        String status;
        LocalizedText headline;
        Coverage coverage = assessment.coverage();
        if (!coverage.complete()) {
            status = "incomplete";
            headline = new LocalizedText(
                    Words.of(Language.DUTCH).get("verdict.unseen"),
                    Words.of(Language.ENGLISH).get("verdict.unseen"));
        } else if (!assessment.complete()) {
            status = "incomplete";
            headline = new LocalizedText(
                    Words.of(Language.DUTCH)
                            .get("verdict.incomplete", assessment.checkErrors().size()),
                    Words.of(Language.ENGLISH)
                            .get("verdict.incomplete", assessment.checkErrors().size()));
        } else if (worst.isPresent() && worst.get().atLeast(Severity.HOOG)) {
            status = "not-ok";
            headline = new LocalizedText(
                    "Niet in orde: " + list(counts, Severity.HOOG, Words.of(Language.DUTCH)),
                    "Not in order: " + list(counts, Severity.HOOG, Words.of(Language.ENGLISH)));
        } else if (worst.isPresent() && worst.get() == Severity.MIDDEL) {
            status = "attention";
            headline = new LocalizedText(
                    "Aandacht nodig: " + list(counts, Severity.MIDDEL, Words.of(Language.DUTCH)),
                    "Needs attention: " + list(counts, Severity.MIDDEL, Words.of(Language.ENGLISH)));
        } else {
            status = "ok";
            headline = new LocalizedText("Geen ernstige problemen gevonden", "No serious problems found");
        }
        return new Verdict(
                status,
                worst,
                Collections.unmodifiableMap(counts),
                headline,
                assessment.manualChecks().size(),
                assessment.checkErrors().stream().map(Verdict::sentence).toList(),
                coverage.gaps().stream().map(CoverageGap::sentence).toList(),
                new LocalizedText(
                        seen(assessment, coverage, Words.of(Language.DUTCH)),
                        seen(assessment, coverage, Words.of(Language.ENGLISH))));
    }

    /** Whether the scan saw everything it was asked to and every check could be evaluated. */
    public boolean complete() {
        return checkErrors.isEmpty() && notSeen.isEmpty();
    }

    /** "Wel bekeken: initial (3 pagina's), reject (2 pagina's)": the phases seen with their pages. */
    private static String seen(Assessment assessment, Coverage coverage, Words words) {
        List<String> phases = new ArrayList<>();
        for (Phase phase : coverage.seen(assessment.evidence())) {
            phases.add(words.get(
                    "verdict.seen.phase",
                    phase.code(),
                    assessment.evidence().visits(phase).size()));
        }
        return phases.isEmpty() ? words.get("verdict.seen.none") : words.get("verdict.seen", String.join(", ", phases));
    }

    private static LocalizedText sentence(CheckError error) {
        return new LocalizedText(
                Words.of(Language.DUTCH).get("verdict.checkError", error.checkId(), error.reason()),
                Words.of(Language.ENGLISH).get("verdict.checkError", error.checkId(), error.reason()));
    }

    /** "3 kritieke en 2 hoge bevindingen": the counts at or above a level, most severe first. */
    private static String list(Map<Severity, Integer> counts, Severity down, Words words) {
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (Severity severity : Severity.values()) {
            int count = counts.getOrDefault(severity, 0);
            if (severity.atLeast(down) && count > 0) {
                parts.add(count + " " + words.get("verdict.adjective." + severity.code()));
                total += count;
            }
        }
        String joined = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + words.get("and") + " "
                        + parts.get(parts.size() - 1);
        return joined + " " + words.get(total == 1 ? "verdict.finding.one" : "verdict.finding.many");
    }
}
