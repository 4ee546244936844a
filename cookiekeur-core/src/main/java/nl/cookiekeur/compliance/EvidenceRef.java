package nl.cookiekeur.compliance;

import java.util.Objects;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * One evidence item a finding rests on, in a form a report can show.
 *
 * @param kind what kind of item
 * @param phase the phase it was observed in
 * @param pageUrl the page (untrusted)
 * @param label the item's name: a cookie name, storage key, request host, control text (untrusted)
 * @param detail a short detail: domain, expiry, URL, technique (untrusted)
 * @param script the script that did it, {@code null} when unknown (untrusted)
 * @param screenshot the evidence-relative path of a screenshot that shows it, or {@code null}
 */
public record EvidenceRef(
        EvidenceKind kind,
        Phase phase,
        String pageUrl,
        String label,
        String detail,
        @Nullable String script,
        @Nullable String screenshot) {

    public EvidenceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
    }
}
