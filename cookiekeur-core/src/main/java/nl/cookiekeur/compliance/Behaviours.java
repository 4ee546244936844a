package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.BehaviourKind;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScriptBehaviour;
import nl.cookiekeur.evidence.Urls;

/**
 * Trackers recognised by what their scripts do rather than by a list ({@link ScriptBehaviour}): the checks
 * judge them with {@link Confidence#LIKELY} and point to the behaviour as evidence (the script, what it did,
 * where it sent the data). A script that a list already names is left to the list-based findings.
 */
final class Behaviours {
    private Behaviours() {}

    /**
     * The behaviours of a kind in a phase, once per script (and key), by scripts that no known tracker of
     * the same kind covers; session recording by a known session-recording vendor, or uploading to a host a
     * list knows, is already judged by the lists.
     */
    static List<ScriptBehaviour> of(AssessmentContext context, Phase phase, BehaviourKind kind) {
        Map<String, ScriptBehaviour> unique = new LinkedHashMap<>();
        for (ScriptBehaviour behaviour : context.evidence().behaviours()) {
            if (behaviour.phase() != phase || behaviour.kind() != kind) {
                continue;
            }
            if (kind == BehaviourKind.SESSION_RECORDING
                    && (VendorFamily.of(context.trackerOfUrl(behaviour.script())) == VendorFamily.SESSION_REPLAY
                            || context.trackerOfUrl(behaviour.target()) != null)) {
                continue; // a known recorder, or uploads to a known tracker: the lists already judge it
            }
            unique.putIfAbsent(behaviour.script() + "\u0000" + behaviour.key(), behaviour);
        }
        return List.copyOf(unique.values());
    }

    /** The scripts (their URL, or "inline") of the behaviours, for texts. */
    static String scripts(List<ScriptBehaviour> behaviours) {
        List<String> names = new ArrayList<>();
        for (ScriptBehaviour behaviour : behaviours) {
            String script = behaviour.script();
            names.add(script == null || script.isBlank() ? "inline" : Urls.host(script) + pathOf(script));
        }
        return Hits.names(names);
    }

    /** The hosts the behaviours sent their data to, for texts. */
    static String targets(List<ScriptBehaviour> behaviours) {
        return Hits.names(behaviours.stream()
                .map(ScriptBehaviour::target)
                .filter(t -> !t.isBlank())
                .map(Urls::host)
                .toList());
    }

    /** The keys of the identifiers the behaviours sent out. */
    static List<String> keys(List<ScriptBehaviour> behaviours) {
        return behaviours.stream()
                .map(ScriptBehaviour::key)
                .filter(k -> !k.isBlank())
                .toList();
    }

    /** One likely hit pointing to the behaviours; none when there are none. */
    static List<Hit> hit(CheckId check, Phase phase, List<ScriptBehaviour> behaviours, List<String> arguments) {
        if (behaviours.isEmpty()) {
            return List.of();
        }
        List<EvidenceRef> refs =
                behaviours.stream().map(EvidenceRefs::behaviour).toList();
        return List.of(
                Hits.hit(check, Confidence.LIKELY, phase, arguments, refs, null).withVariant("behaviour"));
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        if (slash < 0) {
            return "";
        }
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash) : url.substring(slash, query);
    }
}
