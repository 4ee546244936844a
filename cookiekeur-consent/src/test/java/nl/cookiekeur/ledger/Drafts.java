package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** Choice drafts for tests, validated the way the server validates them. */
final class Drafts {
    private Drafts() {}

    static ChoiceDraft of(SiteConfig config, String action, String choicesJson) {
        String body = "{\"consentId\":\"" + UUID.randomUUID() + "\",\"configVersion\":\"" + config.version()
                + "\",\"language\":\"nl\",\"action\":\"" + action + "\",\"choices\":" + choicesJson + ",\"gpc\":false}";
        JsonNode node = ChoiceRequest.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ChoiceRequest.draft(node, config, "Firefox");
    }

    static ChoiceDraft acceptAll(SiteConfig config) {
        return of(config, "accept-all", "{}");
    }
}
