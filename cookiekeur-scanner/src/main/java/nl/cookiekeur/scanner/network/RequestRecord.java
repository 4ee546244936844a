package nl.cookiekeur.scanner.network;

import java.time.Instant;
import java.util.Map;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/** One request as it is being recorded; mutable until the phase ends, confined to the browser's thread. */
final class RequestRecord {
    /** Images up to this many body bytes count as tracking pixels (a 1×1 GIF is 43 bytes, a PNG about 70). */
    static final long PIXEL_MAX_BYTES = 200;

    final String pageUrl;
    final String url;
    final String method;
    final String type;
    final String frameUrl;
    final @Nullable String initiator;
    final Instant at;
    final long startedNanos;
    int status;
    long bodyBytes;
    boolean finished;

    RequestRecord(
            String pageUrl,
            String url,
            String method,
            String type,
            String frameUrl,
            @Nullable String initiator,
            Instant at,
            long startedNanos) {
        this.pageUrl = pageUrl;
        this.url = url;
        this.method = method;
        this.type = type;
        this.frameUrl = frameUrl;
        this.initiator = initiator;
        this.at = at;
        this.startedNanos = startedNanos;
    }

    boolean trackingPixel() {
        if (type.equals("ping") || type.equals("beacon")) {
            return true;
        }
        return type.equals("image") && finished && (status == 204 || (bodyBytes > 0 && bodyBytes <= PIXEL_MAX_BYTES));
    }

    ObservedRequest toEvidence(Phase phase, String site) {
        Map<String, String> clickIds = UrlSignals.clickIds(url);
        Map<String, String> consentMode = UrlSignals.consentMode(url);
        return new ObservedRequest(
                phase,
                pageUrl,
                url,
                method,
                type,
                frameUrl,
                initiator,
                RegistrableDomain.thirdPartyUrl(url, site),
                status,
                trackingPixel(),
                clickIds,
                consentMode,
                at);
    }
}
