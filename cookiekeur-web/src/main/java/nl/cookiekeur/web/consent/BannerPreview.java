package nl.cookiekeur.web.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.cookiekeur.web.account.SignedIn;
import nl.cookiekeur.web.page.PageContext;
import nl.cookiekeur.web.page.SecurityHeaders;
import nl.cookiekeur.web.page.Templates;

/**
 * The live preview of the real banner: the consent page keeps the unsaved draft here under a random key, and
 * {@code /app/sites/{id}/toestemming/voorbeeld/{key}} shows it in a sandboxed frame that loads the ledger's own
 * {@code banner.js} and {@code banner.css}. A small script of the app ({@code preview.js}) hands the banner the
 * draft instead of the published configuration and keeps its choice in the frame (nothing is recorded).
 */
public final class BannerPreview {
    /** How long a draft can be previewed. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** At most this many drafts are kept; the oldest goes first. */
    static final int MAX_DRAFTS = 200;
    /** A larger draft is not kept (its preview then says it expired): at most 200 × 100,000 characters in memory. */
    static final int MAX_JSON = 100_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Draft(long userId, long siteId, String json, long createdAt) {}

    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Templates templates;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public BannerPreview(Templates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** Keeps a draft of this user for this site and returns its key. */
    synchronized String keep(long userId, long siteId, String json) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        if (json.length() > MAX_JSON) {
            return key;
        }
        drafts.put(key, new Draft(userId, siteId, json, clock.millis()));
        while (drafts.size() > MAX_DRAFTS) {
            drafts.remove(drafts.keySet().iterator().next());
        }
        return key;
    }

    private synchronized Optional<Draft> find(String key, long userId, long siteId) {
        Draft draft = drafts.get(key);
        if (draft == null
                || draft.userId() != userId
                || draft.siteId() != siteId
                || clock.millis() - draft.createdAt() > LIFETIME.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(draft);
    }

    /** The preview page of a kept draft (for the user who made it); 404 when unknown or expired. */
    void show(Context ctx, PageContext page, SignedIn signedIn, long siteId, String ledgerSite) throws IOException {
        Optional<Draft> draft = find(ctx.pathParam("key"), signedIn.account().id(), siteId);
        if (draft.isEmpty()) {
            templates.problem(ctx, page, 404, page.t("consent.previewGone"));
            return;
        }
        JsonNode config = JSON.readTree(draft.get().json());
        ObjectNode served = config instanceof ObjectNode object ? object : JSON.createObjectNode();
        served.put("siteId", ledgerSite);
        served.put("version", "voorbeeld");
        String origin = (SecurityHeaders.secure(ctx) ? "https://" : "http://") + ctx.host();
        // The preview alone may be framed (by the app's own consent page), runs sandboxed without same-origin
        // rights, loads scripts and styles only from this server and reaches nothing on the network.
        ctx.header(
                "Content-Security-Policy",
                "default-src 'none'; script-src " + origin + "; style-src " + origin + "; img-src " + origin
                        + " data:; connect-src 'none'; form-action 'none'; frame-ancestors 'self'; base-uri 'none';"
                        + " sandbox allow-scripts");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        templates.render(
                ctx,
                "consent/preview.jte",
                Map.of("page", page, "config", JSON.writeValueAsString(served), "ledgerSite", ledgerSite));
    }
}
