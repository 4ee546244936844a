package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Validates the body of {@code POST /v1/sites/{siteId}/consents} against the site's archived configuration
 * and turns it into a {@link ChoiceDraft}: every purpose gets an outcome (necessary always true, the rest
 * from the action and the choices), so the record says exactly what was allowed.
 */
final class ChoiceRequest {
    static final int MAX_BYTES = 4 * 1024;
    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Set<String> FIELDS =
            Set.of("consentId", "configVersion", "language", "action", "choices", "gpc");

    private ChoiceRequest() {}

    /** The body's JSON object; 400 when it is not JSON or not an object. */
    static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = CanonicalJson.parse(body);
        } catch (IOException e) {
            throw Problem.badRequest("The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw Problem.badRequest("The body must be a JSON object.");
        }
        return root;
    }

    /** The version the body claims was shown; 422 when missing or malformed. */
    static String configVersion(JsonNode body) {
        JsonNode version = body.get("configVersion");
        if (version == null
                || !version.isTextual()
                || !SiteConfig.VERSION.matcher(version.asText()).matches()) {
            throw Problem.invalid(
                    "'configVersion' must be the version string of the configuration shown (sha256-<64 hex>).");
        }
        return version.asText();
    }

    static ChoiceDraft draft(JsonNode body, SiteConfig config, String userAgentFamily) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw Problem.invalid("Unknown field '" + truncate(field) + "'.");
            }
        }
        String consentId = text(body, "consentId");
        if (!UUID_V4.matcher(consentId).matches()) {
            throw Problem.invalid("'consentId' must be a lower-case UUID version 4.");
        }
        String language = text(body, "language");
        if (!config.languages().contains(language)) {
            throw Problem.invalid("'language' must be one of " + config.languages() + ".");
        }
        ConsentAction action = ConsentAction.fromWire(text(body, "action"))
                .orElseThrow(() -> Problem.invalid("'action' must be accept-all, reject-all, custom or withdraw."));
        JsonNode gpcNode = body.get("gpc");
        if (gpcNode != null && !gpcNode.isBoolean()) {
            throw Problem.invalid("'gpc' must be true or false.");
        }
        boolean gpc = gpcNode != null && gpcNode.asBoolean();
        SortedMap<String, Boolean> given = choices(body.get("choices"), config);
        SortedMap<String, Boolean> outcome = new TreeMap<>();
        for (Map.Entry<String, Boolean> purpose : config.purposes().entrySet()) {
            boolean necessary = purpose.getValue();
            Boolean choice = given.get(purpose.getKey());
            boolean allowed = switch (action) {
                case ACCEPT_ALL -> true;
                case REJECT_ALL -> necessary;
                case CUSTOM, WITHDRAW -> necessary || Boolean.TRUE.equals(choice);
            };
            if (choice != null && choice != allowed) {
                throw Problem.invalid(
                        "'choices." + purpose.getKey() + "' contradicts the action '" + action.wire() + "'.");
            }
            outcome.put(purpose.getKey(), allowed);
        }
        return new ChoiceDraft(
                config.siteId(),
                consentId,
                config.version(),
                config.shownHash(language),
                language,
                action,
                outcome,
                gpc,
                userAgentFamily);
    }

    private static SortedMap<String, Boolean> choices(JsonNode node, SiteConfig config) {
        SortedMap<String, Boolean> choices = new TreeMap<>();
        if (node == null || node.isNull()) {
            return choices;
        }
        if (!node.isObject()) {
            throw Problem.invalid("'choices' must be an object of purpose ids to true or false.");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!config.purposes().containsKey(entry.getKey())) {
                throw Problem.invalid("'choices' names unknown purpose '" + truncate(entry.getKey()) + "'.");
            }
            if (!entry.getValue().isBoolean()) {
                throw Problem.invalid("'choices." + entry.getKey() + "' must be true or false.");
            }
            choices.put(entry.getKey(), entry.getValue().asBoolean());
        }
        return choices;
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual()) {
            throw Problem.invalid("'" + field + "' is required and must be a string.");
        }
        return value.asText();
    }

    private static String truncate(String value) {
        String shortened = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return shortened.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
    }
}
