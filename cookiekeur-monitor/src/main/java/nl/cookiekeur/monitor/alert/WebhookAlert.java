package nl.cookiekeur.monitor.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.monitoring.SiteChange;

/**
 * Posts an alert as signed JSON to the owner's webhook. The destination is treated as hostile: redirects are not
 * followed, connecting and the whole exchange are bounded, and the response body is not read.
 */
final class WebhookAlert {
    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration EXCHANGE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String secret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WebhookAlert(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** Posts; the receiver's status code, which must be 2xx for the alert to count as delivered. */
    int send(Alert alert, URI webhook) throws IOException, InterruptedException {
        String body = body(alert);
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(EXCHANGE)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Cookiekeur-monitor")
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.of(secret, clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String body(Alert alert) throws JsonProcessingException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "site.changed");
        json.put("site", alert.site().id());
        json.put("url", alert.site().site().url().toString());
        json.put("run", alert.run().id());
        json.put("scan", alert.run().scanNumber());
        json.put("previousScan", alert.run().previousScanNumber());
        json.put("scannedAt", alert.run().finishedAt().toString());
        List<Map<String, String>> changes =
                alert.changes().stream().map(WebhookAlert::change).toList();
        json.put("changes", changes);
        return JSON.writeValueAsString(json);
    }

    private static Map<String, String> change(SiteChange change) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("kind", change.item().kind());
        json.put("key", change.item().key());
        json.put("label", change.item().label());
        json.put("change", change.status().code());
        return json;
    }
}
