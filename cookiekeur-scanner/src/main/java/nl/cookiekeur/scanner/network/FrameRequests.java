package nl.cookiekeur.scanner.network;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests of the page's child frames as Playwright reports them. Playwright attaches to every
 * out-of-process (cross-site) iframe target itself, with auto-attach and the target paused until its
 * instrumentation is ready, so it sees such a frame's requests from its first one. The recorder's own CDP
 * session on such a frame can only be opened once the frame has navigated, and misses what the frame sent
 * before; {@link #missing} gives those requests, so every frame's requests are recorded with their frame.
 * Confined to the thread that drives the browser.
 */
final class FrameRequests {
    private final Page page;
    private final List<RequestRecord> seen = new ArrayList<>();

    FrameRequests(Page page) {
        this.page = page;
    }

    /** Records a request of a child frame (the main frame's requests all reach the page's CDP session). */
    void onRequest(Request request, String pageUrl) {
        if (seen.size() >= NetworkRecorder.MAX_REQUESTS) {
            return;
        }
        try {
            Frame frame = request.frame();
            if (frame == page.mainFrame()) {
                return;
            }
            String url = NetworkRecorder.cut(request.url(), NetworkRecorder.MAX_URL);
            if (url.startsWith("data:") || url.startsWith("blob:")) {
                return;
            }
            String frameUrl = request.isNavigationRequest() ? url : frame.url();
            seen.add(new RequestRecord(
                    pageUrl,
                    url,
                    request.method(),
                    request.resourceType(),
                    NetworkRecorder.cut(frameUrl, NetworkRecorder.MAX_URL),
                    null,
                    Instant.now(),
                    System.nanoTime()));
        } catch (PlaywrightException e) {
            // a service worker's request has no frame; a detached frame has nothing more to say
        }
    }

    /** The child-frame requests that the CDP sessions did not record (same method and URL, counted). */
    List<RequestRecord> missing(List<RequestRecord> recorded) {
        Map<String, Integer> counts = new HashMap<>();
        for (RequestRecord record : recorded) {
            counts.merge(key(record), 1, Integer::sum);
        }
        List<RequestRecord> missing = new ArrayList<>();
        for (RequestRecord record : seen) {
            String key = key(record);
            int left = counts.getOrDefault(key, 0);
            if (left > 0) {
                counts.put(key, left - 1);
            } else {
                missing.add(record);
            }
        }
        return missing;
    }

    private static String key(RequestRecord record) {
        return record.method + " " + record.url;
    }
}
