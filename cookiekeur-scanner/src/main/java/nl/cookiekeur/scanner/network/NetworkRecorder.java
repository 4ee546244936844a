package nl.cookiekeur.scanner.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.Urls;
import nl.cookiekeur.scanner.browser.ProblemSink;
import nl.cookiekeur.site.RegistrableDomain;
import org.jspecify.annotations.Nullable;

/**
 * Records what one tab sends and receives through CDP sessions on the page and on its out-of-process
 * iframes, completed by Playwright's own view of the child frames' requests ({@link FrameRequests}, for what a
 * cross-site iframe sent before its CDP session could be opened): every request with its type, frame and initiator script, statuses and body sizes, the responses
 * that set cookies, and cookies the browser refused. Everything is bounded (URL length, number of requests,
 * document size) because the site is hostile input. Confined to the thread that drives the browser.
 */
public final class NetworkRecorder {
    /** Longest URL kept; longer ones are cut. */
    public static final int MAX_URL = 2048;
    /** The most requests kept per recorder; later ones are counted but not kept. */
    public static final int MAX_REQUESTS = 5000;
    /**
     * The fragment the scanner puts on its own look-ups from inside the page (sitemap, statements); fragments
     * are never sent to the server, but CDP reports them, so these requests are left out of the site's traffic.
     */
    public static final String LOOKUP_FRAGMENT = "#cookiekeur-lookup";

    /** The source URL Playwright gives the scripts it evaluates for the scanner. */
    static final String SCANNER_SCRIPT = "__playwright_evaluation_script__";
    /** The most cookie-setting responses kept. */
    static final int MAX_SETTERS = 5000;

    private final BrowserContext context;
    private final Page page;
    private final long documentByteCap;
    private final ProblemSink problems;
    private final Map<String, RequestRecord> byId = new HashMap<>();
    private final List<RequestRecord> records = new ArrayList<>();
    private final List<HttpCookieSetter> setters = new ArrayList<>();
    private final Set<String> attachedFrames = new HashSet<>();
    private final List<CDPSession> sessions = new ArrayList<>();
    private final CDPSession pageSession;
    private final FrameRequests frameRequests;
    private String pageUrl = "";
    private int dropped;
    private int blockedCookies;
    private volatile long lastActivityNanos = System.nanoTime();

    private NetworkRecorder(BrowserContext context, Page page, long documentByteCap, ProblemSink problems) {
        this.context = context;
        this.page = page;
        this.documentByteCap = documentByteCap;
        this.problems = problems;
        this.pageSession = context.newCDPSession(page);
        this.frameRequests = new FrameRequests(page);
    }

    /**
     * Starts recording the tab. {@code problems} receives a note per refused cookie ({@code cookie-blocked})
     * or stopped oversized document ({@code too-large}).
     */
    public static NetworkRecorder attach(
            BrowserContext context, Page page, long documentByteCap, ProblemSink problems) {
        NetworkRecorder recorder = new NetworkRecorder(context, page, documentByteCap, problems);
        recorder.listen(recorder.pageSession, "");
        page.onFrameNavigated(recorder::maybeAttachFrame);
        page.onRequest(request -> recorder.frameRequests.onRequest(request, recorder.pageUrl));
        return recorder;
    }

    /** The CDP session of the tab itself (for the cookie jar and stopping a load). */
    public CDPSession pageSession() {
        return pageSession;
    }

    /** Sets the page that later requests are attributed to. */
    public void visiting(String url) {
        this.pageUrl = bound(url);
    }

    /** The System.nanoTime() of the last request start, response or finish. */
    public long lastActivityNanos() {
        return lastActivityNanos;
    }

    /** The number of requests started in the last {@code youngerThanNanos} that have not finished yet. */
    public int pendingYoungRequests(long youngerThanNanos) {
        long now = System.nanoTime();
        int pending = 0;
        for (RequestRecord record : byId.values()) {
            if (!record.finished && now - record.startedNanos < youngerThanNanos) {
                pending++;
            }
        }
        return pending;
    }

    /** The number of requests seen so far, including those not kept. */
    public int requestCount() {
        return records.size() + dropped;
    }

    /** The distinct third-party hosts seen so far. */
    public int thirdPartyHosts(String site) {
        Set<String> hosts = new HashSet<>();
        for (RequestRecord record : records) {
            if (RegistrableDomain.thirdPartyUrl(record.url, site)) {
                hosts.add(Urls.host(record.url));
            }
        }
        return hosts.size();
    }

    /** The responses that tried to set cookies, in arrival order. */
    public List<HttpCookieSetter> cookieSetters() {
        return List.copyOf(setters);
    }

    /** The number of cookies the browser refused. */
    public int blockedCookies() {
        return blockedCookies;
    }

    /** The requests as evidence for the phase; {@code site} is the visited site's registrable domain. */
    public List<ObservedRequest> requests(Phase phase, String site) {
        List<RequestRecord> all = new ArrayList<>(records);
        for (RequestRecord missed : frameRequests.missing(records)) {
            if (all.size() < MAX_REQUESTS) {
                all.add(missed);
            }
        }
        return all.stream().map(r -> r.toEvidence(phase, site)).toList();
    }

    /** Stops the tab's loading (for oversized documents and redirect loops); never throws. */
    public void stopLoading() {
        try {
            pageSession.send("Page.stopLoading");
        } catch (PlaywrightException e) {
            // the tab may be gone; nothing to stop
        }
    }

    /** Detaches every session; never throws. */
    public void detach() {
        for (CDPSession session : sessions) {
            try {
                session.detach();
            } catch (PlaywrightException e) {
                // already gone with its frame or tab
            }
        }
        sessions.clear();
    }

    private void maybeAttachFrame(Frame frame) {
        if (frame == page.mainFrame() || frame.isDetached()) {
            return;
        }
        String name = frame.url();
        if (name.isEmpty() || name.startsWith("about:") || attachedFrames.size() > 50) {
            return;
        }
        String key = Integer.toHexString(System.identityHashCode(frame));
        if (!attachedFrames.add(key)) {
            return;
        }
        try {
            // Only out-of-process (cross-site) frames have their own target; for others this throws.
            listen(context.newCDPSession(frame), bound(frame.url()));
        } catch (PlaywrightException e) {
            // a same-process frame: its traffic already reaches the page session
        }
    }

    private void listen(CDPSession session, String frameHint) {
        sessions.add(session);
        session.on("Network.requestWillBeSent", event -> onRequest(event, frameHint));
        session.on("Network.responseReceived", this::onResponse);
        session.on("Network.dataReceived", this::onData);
        session.on("Network.loadingFinished", event -> finish(event, true));
        session.on("Network.loadingFailed", event -> finish(event, false));
        session.on("Network.responseReceivedExtraInfo", this::onExtraInfo);
        JsonObject params = new JsonObject();
        params.addProperty("maxPostDataSize", 0);
        session.send("Network.enable", params);
    }

    private void onRequest(JsonObject event, String frameHint) {
        lastActivityNanos = System.nanoTime();
        String id = Initiators.string(event, "requestId");
        JsonObject request = Initiators.object(event, "request");
        if (request == null) {
            return;
        }
        RequestRecord previous = byId.get(id);
        JsonObject redirect = Initiators.object(event, "redirectResponse");
        if (previous != null && redirect != null) {
            previous.status = (int) Initiators.number(redirect, "status", 0);
            previous.finished = true;
        }
        String initiator = Initiators.topScript(Initiators.object(event, "initiator"));
        if ((initiator != null && initiator.contains(SCANNER_SCRIPT))
                || Initiators.string(request, "urlFragment").equals(LOOKUP_FRAGMENT)) {
            return; // the scanner's own look-ups (sitemap.xml) are not the site's traffic
        }
        String documentUrl = Initiators.string(event, "documentURL");
        String type = Initiators.string(event, "type").toLowerCase(Locale.ROOT);
        double wall = Initiators.number(event, "wallTime", 0);
        Instant at = wall > 0 ? Instant.ofEpochMilli((long) (wall * 1000)) : Instant.now();
        RequestRecord record = new RequestRecord(
                pageUrl,
                bound(Initiators.string(request, "url")),
                Initiators.string(request, "method"),
                type.isEmpty() ? "other" : type,
                bound(documentUrl.isEmpty() ? frameHint : documentUrl),
                boundOrNull(initiator),
                at,
                System.nanoTime());
        byId.put(id, record);
        if (records.size() < MAX_REQUESTS) {
            records.add(record);
        } else {
            dropped++;
        }
    }

    private void onResponse(JsonObject event) {
        lastActivityNanos = System.nanoTime();
        RequestRecord record = byId.get(Initiators.string(event, "requestId"));
        JsonObject response = Initiators.object(event, "response");
        if (record != null && response != null) {
            record.status = (int) Initiators.number(response, "status", 0);
        }
    }

    private void onData(JsonObject event) {
        RequestRecord record = byId.get(Initiators.string(event, "requestId"));
        if (record == null) {
            return;
        }
        long before = record.bodyBytes;
        record.bodyBytes += (long) Initiators.number(event, "dataLength", 0);
        if (record.type.equals("document") && before <= documentByteCap && record.bodyBytes > documentByteCap) {
            problems.report("too-large", ScanNote.of("problem.too-large", documentByteCap, record.url));
            stopLoading();
        }
    }

    private void finish(JsonObject event, boolean ok) {
        lastActivityNanos = System.nanoTime();
        RequestRecord record = byId.get(Initiators.string(event, "requestId"));
        if (record != null) {
            record.finished = true;
            if (!ok) {
                record.status = 0;
            }
        }
    }

    private void onExtraInfo(JsonObject event) {
        RequestRecord record = byId.get(Initiators.string(event, "requestId"));
        String url = record == null ? "" : record.url;
        JsonObject headers = Initiators.object(event, "headers");
        if (headers != null) {
            for (Map.Entry<String, JsonElement> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase("set-cookie")
                        && header.getValue().isJsonPrimitive()) {
                    for (String line : header.getValue().getAsString().split("\n", 200)) {
                        Instant now = Instant.now();
                        SetCookieLine parsed = SetCookieLine.parse(line, now);
                        if (!parsed.name().isEmpty() && setters.size() < MAX_SETTERS) {
                            setters.add(new HttpCookieSetter(parsed, url, Urls.host(url), now));
                        }
                    }
                }
            }
        }
        JsonElement blocked = event.get("blockedCookies");
        if (blocked instanceof JsonArray array) {
            for (JsonElement element : array) {
                if (!element.isJsonObject()) {
                    continue;
                }
                blockedCookies++;
                if (blockedCookies <= 50) {
                    JsonObject item = element.getAsJsonObject();
                    String line = Initiators.string(item, "cookieLine");
                    String name = SetCookieLine.parse(line).name();
                    JsonElement reasons = item.get("blockedReasons");
                    problems.report(
                            "cookie-blocked",
                            ScanNote.of(
                                    "problem.cookie-blocked",
                                    cut(name, 100),
                                    cut(url, 300),
                                    reasons == null ? "" : cut(reasons.toString(), 200)));
                }
            }
        }
    }

    private static String bound(String url) {
        return cut(url, MAX_URL);
    }

    private static @Nullable String boundOrNull(@Nullable String url) {
        return url == null ? null : bound(url);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
