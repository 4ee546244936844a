package nl.cookiekeur.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fingerprinting attempt seen by the page instruments.
 *
 * @param phase the phase
 * @param pageUrl the page being visited
 * @param technique what was tried
 * @param script the calling script's URL, {@code null} when inline or unknown
 * @param detail what made it count as fingerprinting (the calls and their arguments, bounded; untrusted)
 * @param calls how many qualifying calls the script made
 */
public record FingerprintCall(
        Phase phase,
        String pageUrl,
        FingerprintTechnique technique,
        @Nullable String script,
        String detail,
        int calls) {

    public FingerprintCall {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(detail, "detail");
    }
}
