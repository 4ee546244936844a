package nl.cookiekeur.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request the page made (or tried to make) during a phase.
 *
 * @param phase the phase
 * @param pageUrl the page being visited
 * @param url the requested URL, cut to a bounded length (untrusted)
 * @param method the HTTP method
 * @param resourceType the browser's resource type ({@code document}, {@code script}, {@code image},
 *     {@code xhr}, {@code fetch}, {@code ping}, {@code beacon}, …)
 * @param frameUrl the URL of the frame that made it
 * @param initiator the script that caused it (top of the initiator stack), {@code null} for the parser or
 *     when unknown
 * @param thirdParty whether its registrable domain differs from the visited site's
 * @param status the HTTP status, 0 when it failed or was blocked
 * @param trackingPixel whether it looks like a tracking pixel or beacon (a tiny image, or a beacon/ping)
 * @param clickIds click identifier parameters in the URL ({@code gclid}, {@code fbclid}, …) with their values
 * @param consentMode Google Consent Mode parameters in the URL ({@code gcs}, {@code gcd}) with their values
 * @param at when it was sent
 */
public record ObservedRequest(
        Phase phase,
        String pageUrl,
        String url,
        String method,
        String resourceType,
        String frameUrl,
        @Nullable String initiator,
        boolean thirdParty,
        int status,
        boolean trackingPixel,
        Map<String, String> clickIds,
        Map<String, String> consentMode,
        Instant at) {

    public ObservedRequest {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(frameUrl, "frameUrl");
        clickIds = Map.copyOf(clickIds);
        consentMode = Map.copyOf(consentMode);
        Objects.requireNonNull(at, "at");
    }

    /** The lower-case host of the requested URL. */
    public String host() {
        return Urls.host(url);
    }

    /** The click-id parameter names found, for display. */
    public List<String> clickIdNames() {
        return clickIds.keySet().stream().sorted().toList();
    }
}
