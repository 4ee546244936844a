package nl.cookiekeur.scanner.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.cookie.StorageKind;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.FingerprintTechnique;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.StorageEntry;
import org.jspecify.annotations.Nullable;

/**
 * Turns the instruments' answers from the frames of one page into evidence records: merges fingerprinting
 * per technique and script and applies the thresholds, de-duplicates storage per origin, and recognises
 * consent signals.
 */
final class ObservationAssembler {

    /** Font probing counts when one script measured text in at least this many distinct font families. */
    static final int FONT_FAMILIES = 20;

    /** Device-property harvesting counts when one script read at least this many distinct properties. */
    static final int DEVICE_PROPERTIES = 8;

    private static final int MAX_ITEMS = 1000;
    private static final int TEXT = 300;
    private static final int URL = 500;
    private static final int RAW = 4000;

    private final Phase phase;
    private final String pageUrl;
    private final CmpStorageNames cmpNames;
    private final Instant now;
    private final Map<String, StorageEntry> storage = new LinkedHashMap<>();
    private final Map<String, FingerprintCall> fingerprinting = new LinkedHashMap<>();
    private final Map<String, ConsentSignal> signals = new LinkedHashMap<>();
    private final Map<String, String> cookieSetters = new LinkedHashMap<>();
    private final Map<String, Instant> cookieExpiries = new LinkedHashMap<>();
    private final List<ScanNote> problems = new ArrayList<>();

    ObservationAssembler(Phase phase, String pageUrl, CmpStorageNames cmpNames, Instant now) {
        this.phase = phase;
        this.pageUrl = pageUrl;
        this.cmpNames = cmpNames;
        this.now = now;
    }

    void problem(ScanNote problem) {
        if (problems.size() < 50) {
            problems.add(problem);
        }
    }

    /** Adds one frame's answer. */
    void frame(JsonNode answer) {
        String origin = text(answer, "origin", URL);
        for (JsonNode item : items(answer, "storage")) {
            storage(origin, item);
        }
        for (JsonNode item : items(answer, "indexedDb")) {
            put(new StorageEntry(
                    phase,
                    pageUrl,
                    StorageKind.INDEXED_DB,
                    origin,
                    text(item, "name", TEXT),
                    "",
                    0,
                    nullableText(item, "script", URL)));
        }
        for (JsonNode item : items(answer, "fingerprinting")) {
            fingerprint(item);
        }
        for (JsonNode item : items(answer, "cookies")) {
            cookie(item);
        }
        for (JsonNode item : items(answer, "consentMode")) {
            consentMode(item);
        }
        JsonNode tcf = answer.get("tcf");
        if (tcf != null && tcf.isObject() && tcf.path("present").asBoolean(false) && fresh(tcf)) {
            tcf(tcf, origin);
        }
    }

    PageObservations observations() {
        return new PageObservations(
                List.copyOf(storage.values()),
                List.copyOf(fingerprinting.values()),
                List.copyOf(signals.values()),
                cookieSetters,
                problems,
                cookieExpiries);
    }

    private void storage(String origin, JsonNode item) {
        StorageKind kind =
                "session".equals(item.path("kind").asText()) ? StorageKind.SESSION_STORAGE : StorageKind.LOCAL_STORAGE;
        String key = text(item, "key", TEXT);
        StorageEntry entry = new StorageEntry(
                phase,
                pageUrl,
                kind,
                origin,
                key,
                text(item, "preview", TEXT),
                Math.max(0, item.path("length").asInt(0)),
                nullableText(item, "script", URL));
        put(entry);
        Optional<String> platform = cmpNames.platform(key);
        if (platform.isPresent() && fresh(item)) {
            Map<String, String> decoded = new LinkedHashMap<>();
            decoded.put("store", kind == StorageKind.SESSION_STORAGE ? "sessionStorage" : "localStorage");
            decoded.put("origin", origin);
            decoded.put("platform", platform.get());
            if (entry.setterScript() != null) {
                decoded.put("script", entry.setterScript());
            }
            signal(ConsentSignalKind.CMP_STORAGE, key, entry.valuePreview(), decoded, now);
        }
    }

    private void put(StorageEntry entry) {
        String key = entry.kind() + "\u0000" + entry.origin() + "\u0000" + entry.key();
        StorageEntry earlier = storage.get(key);
        if (earlier == null && storage.size() < MAX_ITEMS) {
            storage.put(key, entry);
        } else if (earlier != null && earlier.setterScript() == null && entry.setterScript() != null) {
            storage.put(key, entry);
        }
    }

    private void fingerprint(JsonNode item) {
        FingerprintTechnique technique;
        try {
            technique = FingerprintTechnique.valueOf(item.path("technique").asText());
        } catch (IllegalArgumentException e) {
            return;
        }
        if (technique == FingerprintTechnique.FONTS && item.path("families").asInt(0) < FONT_FAMILIES) {
            return;
        }
        if (technique == FingerprintTechnique.DEVICE_PROPERTIES
                && item.path("properties").asInt(0) < DEVICE_PROPERTIES) {
            return;
        }
        String script = nullableText(item, "script", URL);
        int calls = Math.max(1, item.path("calls").asInt(1));
        String key = technique + "\u0000" + script;
        FingerprintCall earlier = fingerprinting.get(key);
        if (earlier != null) {
            fingerprinting.put(
                    key,
                    new FingerprintCall(phase, pageUrl, technique, script, earlier.detail(), earlier.calls() + calls));
        } else if (fingerprinting.size() < MAX_ITEMS) {
            fingerprinting.put(
                    key, new FingerprintCall(phase, pageUrl, technique, script, text(item, "detail", TEXT), calls));
        }
    }

    private void cookie(JsonNode item) {
        String name = text(item, "name", TEXT);
        String script = nullableText(item, "script", URL);
        if (script != null && cookieSetters.size() < MAX_ITEMS) {
            cookieSetters.putIfAbsent(name, script);
        }
        JsonNode requested = item.get("requestedExpires");
        if (requested != null && requested.isNumber() && !item.path("deleted").asBoolean(false)) {
            if (cookieExpiries.containsKey(name) || cookieExpiries.size() < MAX_ITEMS) {
                cookieExpiries.put(name, Instant.ofEpochMilli(requested.asLong()));
            }
        }
        Optional<String> platform = cmpNames.platform(name);
        if (platform.isEmpty() || !fresh(item)) {
            return;
        }
        Map<String, String> decoded = new LinkedHashMap<>();
        decoded.put("store", "cookie");
        decoded.put("platform", platform.get());
        decoded.put("via", text(item, "via", 40));
        decoded.put("writes", Integer.toString(Math.max(0, item.path("writes").asInt(0))));
        decoded.put("deleted", Boolean.toString(item.path("deleted").asBoolean(false)));
        if (script != null) {
            decoded.put("script", script);
        }
        long at = item.path("at").asLong(0);
        signal(
                ConsentSignalKind.CMP_STORAGE,
                name,
                text(item, "value", RAW),
                decoded,
                at > 0 ? Instant.ofEpochMilli(at) : now);
    }

    private void consentMode(JsonNode item) {
        String action = text(item, "action", 40);
        String params = text(item, "params", RAW);
        Map<String, String> decoded = new LinkedHashMap<>();
        decoded.put("command", action);
        String script = nullableText(item, "script", URL);
        if (script != null) {
            decoded.put("script", script);
        }
        flatten(params, decoded);
        long at = item.path("at").asLong(0);
        signal(
                ConsentSignalKind.GOOGLE_CONSENT_MODE,
                "dataLayer",
                "consent " + action + " " + params,
                decoded,
                at > 0 ? Instant.ofEpochMilli(at) : now);
    }

    private static void flatten(String params, Map<String, String> decoded) {
        try {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(params);
            if (node == null || !node.isObject()) {
                return;
            }
            var fields = node.properties().iterator();
            for (int i = 0; fields.hasNext() && i < 30; i++) {
                var field = fields.next();
                if (field.getValue().isValueNode() && !decoded.containsKey(field.getKey())) {
                    decoded.put(
                            Bounded.text(field.getKey(), 100),
                            Bounded.text(field.getValue().asText(), TEXT));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // keep only the raw text
        }
    }

    private void tcf(JsonNode tcf, String origin) {
        String tcString = text(tcf, "tcString", RAW);
        Map<String, String> decoded = new LinkedHashMap<>();
        if (!tcString.isEmpty()) {
            decoded.putAll(TcString.decode(tcString));
        }
        decoded.put("apiSuccess", Boolean.toString(tcf.path("success").asBoolean(false)));
        if (tcf.path("timedOut").asBoolean(false)) {
            decoded.put("apiTimedOut", "true");
        }
        int apiCmpId = tcf.path("cmpId").asInt(0);
        if (apiCmpId > 0) {
            decoded.put("apiCmpId", Integer.toString(apiCmpId));
        }
        JsonNode applies = tcf.get("gdprApplies");
        if (applies != null && applies.isBoolean()) {
            decoded.put("gdprApplies", Boolean.toString(applies.asBoolean()));
        }
        putIfText(decoded, "eventStatus", text(tcf, "eventStatus", 40));
        putIfText(decoded, "cmpStatus", text(tcf, "cmpStatus", 40));
        decoded.put("origin", origin);
        signal(ConsentSignalKind.TCF, "__tcfapi", tcString, decoded, now);
    }

    private void signal(ConsentSignalKind kind, String source, String raw, Map<String, String> decoded, Instant at) {
        String key = kind + "\u0000" + source + "\u0000" + raw + "\u0000" + decoded.get("origin") + "\u0000"
                + decoded.get("command");
        if (!signals.containsKey(key) && signals.size() < MAX_ITEMS) {
            signals.put(key, new ConsentSignal(phase, pageUrl, kind, Bounded.text(source, TEXT), raw, decoded, at));
        }
    }

    /** Whether the instrument reports this for the first time on the document (consent signals are events). */
    private static boolean fresh(JsonNode item) {
        return item.path("fresh").asBoolean(true);
    }

    private static void putIfText(Map<String, String> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    private static Iterable<JsonNode> items(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < array.size() && i < MAX_ITEMS; i++) {
            if (array.get(i).isObject()) {
                items.add(array.get(i));
            }
        }
        return items;
    }

    private static String text(JsonNode node, String field, int max) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : Bounded.text(value.asText(), max);
    }

    private static @Nullable String nullableText(JsonNode node, String field, int max) {
        String text = text(node, field, max);
        return text.isEmpty() ? null : text;
    }
}
