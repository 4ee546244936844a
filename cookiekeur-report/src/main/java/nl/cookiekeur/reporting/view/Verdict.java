package nl.cookiekeur.reporting.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.CheckError;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.text.Language;

/**
 * The one-line answer at the top of every report.
 *
 * @param status {@code incomplete} when a check could not be evaluated, else {@code not-ok} when a kritiek or
 *     hoog finding exists, {@code attention} when the worst is middel, {@code ok} otherwise
 * @param worst the worst severity, empty without findings
 * @param counts the number of findings per severity (every severity present, most severe first)
 * @param headline the sentence, such as "Niet in orde: 3 kritieke bevindingen"
 * @param manualChecks how many checks a person must still do
 * @param checkErrors one sentence per check that could not be evaluated, such as "Controle NL-CK-07 kon niet
 *     worden uitgevoerd: …"
 */
public record Verdict(
        String status,
        Optional<Severity> worst,
        Map<Severity, Integer> counts,
        LocalizedText headline,
        int manualChecks,
        List<LocalizedText> checkErrors) {

    public Verdict {
        checkErrors = List.copyOf(checkErrors);
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
        if (!assessment.complete()) {
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
                assessment.checkErrors().stream().map(Verdict::sentence).toList());
    }

    /** Whether every check could be evaluated. */
    public boolean complete() {
        return checkErrors.isEmpty();
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
