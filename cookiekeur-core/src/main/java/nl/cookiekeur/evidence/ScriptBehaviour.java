package nl.cookiekeur.evidence;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a script was seen doing that marks it as a tracker whatever its name or host: recording the whole
 * document and uploading it in batches, writing a random identifier to storage and then sending it out, or
 * sending a beacon on every page. Recorded by the page's behaviour instruments; judged by core.
 *
 * @param phase the phase
 * @param pageUrl the page being visited
 * @param kind what the script did
 * @param script the script's URL, {@code null} when inline or unknown
 * @param target where it sent its data (a URL, bounded; empty when it sent nothing)
 * @param key the cookie name or storage key of the identifier ({@link BehaviourKind#TRACKING_IDENTIFIER}),
 *     else empty (untrusted)
 * @param detail what was observed, in the instruments' words (untrusted, bounded)
 * @param count how often (uploads, beacons), at least 1
 */
public record ScriptBehaviour(
        Phase phase,
        String pageUrl,
        BehaviourKind kind,
        @Nullable String script,
        String target,
        String key,
        String detail,
        int count) {

    public ScriptBehaviour {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(detail, "detail");
    }
}
