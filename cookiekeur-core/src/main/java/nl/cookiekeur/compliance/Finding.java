package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.law.AdviceNumber;
import nl.cookiekeur.law.Citation;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong (or to review) on a scanned site, with its evidence and its legal source.
 *
 * @param checkId the stable check id, such as {@code NL-CK-01}
 * @param severity how serious it is
 * @param confidence how conclusive the evidence is
 * @param phase the phase it concerns, {@code null} when it concerns the site as a whole
 * @param title a one-line title
 * @param explanation what was found and why it matters, in plain words
 * @param remediation what to change
 * @param evidence the items it rests on (at least one for an observed finding)
 * @param citations the legal sources
 * @param advice the beslisboom advice concerned, {@code null} when none applies
 */
public record Finding(
        String checkId,
        Severity severity,
        Confidence confidence,
        @Nullable Phase phase,
        LocalizedText title,
        LocalizedText explanation,
        LocalizedText remediation,
        List<EvidenceRef> evidence,
        List<Citation> citations,
        @Nullable AdviceNumber advice) {

    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(remediation, "remediation");
        evidence = List.copyOf(evidence);
        citations = List.copyOf(citations);
    }
}
