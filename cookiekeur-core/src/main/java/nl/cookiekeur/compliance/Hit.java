package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.law.AdviceNumber;
import org.jspecify.annotations.Nullable;

/**
 * What a check found, before its texts and citations are attached.
 *
 * @param severity the severity (usually the check's own; a few checks have a milder variant)
 * @param confidence how conclusive the evidence is
 * @param phase the phase it concerns, {@code null} for the site as a whole
 * @param variant the text variant: empty for the check's main texts, else a suffix such as {@code nowhere}
 * @param arguments the concrete facts for the texts' {@code {0}}, {@code {1}}, … (untrusted parts included)
 * @param evidence the items it rests on
 * @param advice the beslisboom advice concerned, {@code null} when none applies
 */
public record Hit(
        Severity severity,
        Confidence confidence,
        @Nullable Phase phase,
        String variant,
        List<String> arguments,
        List<EvidenceRef> evidence,
        @Nullable AdviceNumber advice) {

    public Hit {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(variant, "variant");
        arguments = List.copyOf(arguments);
        evidence = List.copyOf(evidence);
    }

    /** The same hit with another text variant. */
    Hit withVariant(String otherVariant) {
        return new Hit(severity, confidence, phase, otherVariant, arguments, evidence, advice);
    }

    /** The same hit with another confidence. */
    Hit withConfidence(Confidence otherConfidence) {
        return new Hit(severity, otherConfidence, phase, variant, arguments, evidence, advice);
    }
}
