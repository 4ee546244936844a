package nl.cookiekeur.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A consent signal read from the page.
 *
 * @param phase the phase
 * @param pageUrl the page
 * @param kind what kind of signal
 * @param source where it was read: the API, the cookie or storage key name (untrusted)
 * @param raw the raw value, bounded (a TC string, a consent-mode command, the cookie value; untrusted)
 * @param decoded decoded fields, such as TCF purpose consents or {@code ad_storage=denied}
 * @param at when it was read
 */
public record ConsentSignal(
        Phase phase,
        String pageUrl,
        ConsentSignalKind kind,
        String source,
        String raw,
        Map<String, String> decoded,
        Instant at) {

    public ConsentSignal {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raw, "raw");
        decoded = Map.copyOf(decoded);
        Objects.requireNonNull(at, "at");
    }
}
