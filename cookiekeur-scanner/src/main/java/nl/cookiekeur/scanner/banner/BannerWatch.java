package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerEventKind;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.scanner.browser.PageProbe;
import nl.cookiekeur.scanner.page.CmpStorageNames;
import org.jspecify.annotations.Nullable;

/**
 * The banner watcher of one phase: {@code banner-watch.js} runs in every main-frame document from its start
 * and pushes banner candidates appearing and disappearing through a binding; this side turns them into
 * {@link BannerEvent}s, takes a screenshot the first time a candidate shows on a page, and keeps the consent
 * cookie and storage names that were new when a candidate went away. Runs on the phase's Playwright thread
 * (bindings are called while the scanner waits on the page).
 */
public final class BannerWatch {
    private static final String TEMPLATE = load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_EVENTS = 200;
    private static final int MAX_TEXT = 500;
    private static final Pattern CONSENT_NAME = Pattern.compile(
            "consent|toestemming|cookie.?(notice|banner|accept|status|law|policy|choice|keuze)|"
                    + "cookies?.?(accepted|akkoord|ok)|gdpr|\\bcmp|privacy",
            Pattern.CASE_INSENSITIVE);

    private Phase phase;
    private ScreenshotTaker shots;
    private final CmpStorageNames cmpNames = CmpStorageNames.shipped();
    private final String binding = "__ck" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);
    private final List<BannerEvent> events = new ArrayList<>();
    private final List<BannerEvent> drained = new ArrayList<>();
    private final Set<String> screenshotPages = new HashSet<>();
    private final Map<String, BannerEvent> showing = new LinkedHashMap<>();

    public BannerWatch(Phase phase, ScreenshotTaker shots) {
        this.phase = phase;
        this.shots = shots;
    }

    /**
     * Goes on watching the same profile for the phase that continues in it ({@code next}): later events carry that
     * phase and its screenshots go to {@code nextShots}; what is still showing stays known. Drain the events of the
     * phase before first.
     */
    public void continueAs(Phase next, ScreenshotTaker nextShots) {
        this.phase = next;
        this.shots = nextShots;
    }

    /** Installs the binding and the watcher in the context, before its pages load. */
    public void install(BrowserContext context) {
        context.exposeBinding(binding, (source, args) -> {
            if (args.length > 0 && args[0] instanceof String json) {
                receive(source.page(), json);
            }
            return null;
        });
        context.addInitScript(TEMPLATE.replace("__CK_BINDING__", binding));
    }

    /**
     * Called before the scanner leaves the page in {@code page} (a navigation or reload): every candidate still
     * showing there is recorded as removed by the navigation, at the document's current time.
     */
    public void leaving(Page page) {
        if (showing.isEmpty()) {
            return;
        }
        Object now = page.isClosed() ? null : PageProbe.value(page, "Math.round(performance.now())", 1000);
        for (BannerEvent shown : showing.values()) {
            long at = now instanceof Number n ? Math.max(n.longValue(), shown.atMillis()) : shown.atMillis();
            add(new BannerEvent(
                    phase,
                    shown.pageUrl(),
                    BannerEventKind.DISAPPEARED,
                    at,
                    shown.candidate(),
                    "",
                    BannerRemoval.NAVIGATION,
                    shown.wallSignals(),
                    List.of(),
                    null));
        }
        showing.clear();
    }

    /** The events received since the last call, in order. */
    public List<BannerEvent> drain() {
        List<BannerEvent> out = List.copyOf(events.subList(drained.size(), events.size()));
        drained.addAll(out);
        return out;
    }

    /**
     * Whether a banner candidate the watcher reported as appeared still shows on the page (same document): the
     * moment it became operable, so a phase can stop waiting and make its choice before a banner that closes
     * itself is gone. Appearances are reported once a candidate has shown 600 ms, or the watcher's events arrive
     * while the scanner waits in a Playwright call.
     */
    public boolean showsOn(String pageUrl) {
        return showing.values().stream().anyMatch(e -> sameDocument(e.pageUrl(), pageUrl));
    }

    /**
     * The last event on a page when the watcher saw a banner there that went away without the scanner's
     * choice (by a timer, a scroll, or a navigation), else empty.
     */
    public Optional<BannerEvent> vanishedOn(String pageUrl) {
        Optional<BannerEvent> last = Optional.empty();
        for (BannerEvent event : events) {
            if (sameDocument(event.pageUrl(), pageUrl)) {
                last = Optional.of(event);
            }
        }
        return last.filter(e -> e.kind() == BannerEventKind.DISAPPEARED && e.removal() != BannerRemoval.CLICK);
    }

    void receive(@Nullable Page page, String json) {
        if (events.size() >= MAX_EVENTS) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return; // a page cannot send us anything but what the watcher wrote; ignore garbage
        }
        BannerEventKind kind =
                "APPEARED".equals(node.path("kind").asText()) ? BannerEventKind.APPEARED : BannerEventKind.DISAPPEARED;
        String url = cut(node.path("url").asText(""), 2048);
        String key = url + "\t" + node.path("id").asLong(0);
        BannerEvent event = new BannerEvent(
                phase,
                url,
                kind,
                node.path("at").asLong(0),
                cut(node.path("candidate").asText(""), 120),
                cut(node.path("text").asText(""), MAX_TEXT),
                kind == BannerEventKind.APPEARED
                        ? BannerRemoval.NONE
                        : removal(node.path("removal").asText("")),
                strings(node.path("walls"), 10),
                consentNames(strings(node.path("written"), 50)),
                null);
        if (kind == BannerEventKind.APPEARED) {
            showing.put(key, event);
        } else {
            showing.remove(key);
        }
        // Recorded before the screenshot: Playwright may deliver the disappearance while the screenshot is taken,
        // and it must come after the appearance.
        int slot = events.size();
        add(event);
        if (kind == BannerEventKind.APPEARED && page != null && slot < events.size() && screenshotPages.add(url)) {
            String screenshot = screenshot(page);
            if (screenshot != null) {
                BannerEvent shot = event.withScreenshot(screenshot);
                events.set(slot, shot);
                showing.replace(key, event, shot);
            }
        }
    }

    private void add(BannerEvent event) {
        if (events.size() < MAX_EVENTS) {
            events.add(event);
        }
    }

    private @Nullable String screenshot(Page page) {
        try {
            return shots.take(page, "banner-watch");
        } catch (PlaywrightException e) {
            return null; // the page went away while the banner showed: the event is still recorded
        }
    }

    /** The names that look like a consent record: a known consent platform's, or worded like one. */
    List<String> consentNames(List<String> written) {
        return written.stream()
                .filter(n -> cmpNames.platform(n).isPresent()
                        || CONSENT_NAME.matcher(n).find())
                .toList();
    }

    private static BannerRemoval removal(String value) {
        try {
            return BannerRemoval.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return BannerRemoval.NONE;
        }
    }

    private static List<String> strings(JsonNode array, int max) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (out.size() < max && item.isTextual()) {
                out.add(cut(item.asText(), 200));
            }
        }
        return out;
    }

    private static boolean sameDocument(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        int hash = url.indexOf('#');
        String noHash = hash < 0 ? url : url.substring(0, hash);
        return noHash.endsWith("/index.html") ? noHash.substring(0, noHash.length() - "index.html".length()) : noHash;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String load() {
        try (InputStream in = BannerWatch.class.getResourceAsStream("banner-watch.js")) {
            if (in == null) {
                throw new IllegalStateException("banner-watch.js is missing from the scanner's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
