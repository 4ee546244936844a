package nl.cookiekeur.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/sites/{siteId}/consents}: checks the origin and the client's rate, validates the choice
 * against the configuration version it was shown under, and answers 201 only after the writer committed it.
 * The request thread does not wait for the commit: the answer is written when the writer's future completes.
 */
final class ChoiceEndpoint {
    /** Answers are written on their own virtual thread, never on the writer's thread that completed the commit. */
    private static final Executor ANSWERING = Thread::startVirtualThread;

    private final Ledger ledger;
    private final SiteEndpoints sites;
    private final ChoiceRateLimit rate;

    ChoiceEndpoint(Ledger ledger, SiteEndpoints sites, ChoiceRateLimit rate) {
        this.ledger = ledger;
        this.sites = sites;
        this.rate = rate;
    }

    void post(Exchange exchange) throws IOException {
        String siteId = SiteEndpoints.siteId(exchange);
        SiteConfig current = sites.current(siteId);
        String origin = checkOrigin(exchange, current);
        long wait = rate.take(siteId, exchange.client());
        if (wait > 0) {
            exchange.setHeader("Retry-After", Long.toString(wait));
            throw new ProblemException(new Problem(
                    429,
                    "too-many-requests",
                    "Too many requests",
                    "This client records choices for the site too often; try again in " + wait + " s."));
        }
        JsonNode body = ChoiceRequest.parse(exchange.jsonBody(ChoiceRequest.MAX_BYTES));
        String version = ChoiceRequest.configVersion(body);
        SiteConfig shown = ledger.config(siteId, version)
                .orElseThrow(() -> new ProblemException(new Problem(
                        409,
                        "unknown-config-version",
                        "Unknown configuration version",
                        "The site never published this configuration version; load the configuration again.")));
        ChoiceDraft draft = ChoiceRequest.draft(body, shown, UserAgentFamily.of(exchange.header("User-Agent")));
        boolean expire = draft.action() == ConsentAction.WITHDRAW
                && origin != null
                && sameOrigin(origin, exchange.header("Host"));
        boolean secure = origin != null && origin.toLowerCase(Locale.ROOT).startsWith("https:");
        CompletableFuture<ConsentRecord> stored =
                ledger.record(draft).orTimeout(Ledger.WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        exchange.answerLater(stored.handleAsync(
                (record, error) -> {
                    if (error != null || record == null) {
                        throw unavailable();
                    }
                    if (expire) {
                        expireHttpOnlyCookies(exchange, current, draft, secure);
                    }
                    Map<String, Object> receipt = new LinkedHashMap<>();
                    receipt.put("recordId", record.recordId());
                    receipt.put("receivedAt", record.receivedAt().toString());
                    receipt.put("hash", record.hash());
                    exchange.json(201, CanonicalJson.text(receipt));
                    return record;
                },
                ANSWERING));
    }

    /**
     * The request's Origin when it may record choices for the site: 403 for another origin, and 403 without
     * one when the site lists its origins (a browser always sends it on a cross-site POST).
     */
    private static @Nullable String checkOrigin(Exchange exchange, SiteConfig config) {
        String origin = exchange.header("Origin");
        exchange.setHeader("Vary", "Origin");
        if (origin == null) {
            if (!config.origins().isEmpty()) {
                throw new ProblemException(new Problem(
                        403,
                        "origin-required",
                        "Origin required",
                        "This site records choices only from its own origins; the request has no Origin header."));
            }
            return null;
        }
        if (!SiteEndpoints.originAllowed(config, origin)) {
            throw new ProblemException(new Problem(
                    403,
                    "origin-not-allowed",
                    "Origin not allowed",
                    "This origin may not record choices for the site."));
        }
        exchange.setHeader("Access-Control-Allow-Origin", origin);
        exchange.setHeader("Access-Control-Allow-Credentials", "true");
        return origin;
    }

    private static ProblemException unavailable() {
        return new ProblemException(new Problem(
                503,
                "storage-unavailable",
                "The ledger cannot store right now",
                "Nothing was recorded; try again shortly."));
    }

    /** The request comes from the site's own origin when the Origin's host and port are the Host it was sent to. */
    private static boolean sameOrigin(String origin, @Nullable String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void expireHttpOnlyCookies(Exchange exchange, SiteConfig config, ChoiceDraft draft, boolean secure) {
        for (Map.Entry<String, Boolean> choice : draft.choices().entrySet()) {
            if (choice.getValue()) {
                continue;
            }
            for (String cookie : config.httpOnlyCookies(choice.getKey())) {
                exchange.addHeader(
                        "Set-Cookie",
                        cookie + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Lax"
                                + (secure ? "; Secure" : ""));
            }
        }
    }
}
