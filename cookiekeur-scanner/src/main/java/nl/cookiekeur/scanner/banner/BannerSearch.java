package nl.cookiekeur.scanner.banner;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.evidence.BannerLocation;
import org.jspecify.annotations.Nullable;

/**
 * Looks for a banner in the main frame and its iframes, polling until one shows or the page has been quiet for a
 * while, within a hard cap.
 */
final class BannerSearch {

    /** A banner found in a frame, as the probe described it. */
    record Located(
            FrameProbe probe,
            JsonNode banner,
            BannerLocation location,
            @Nullable String frameUrl) {}

    static final int MAX_FRAMES = 20;
    private static final long POLL_MS = 400;

    private final BannerOperator.Setup setup;

    BannerSearch(BannerOperator.Setup setup) {
        this.setup = setup;
    }

    /** The probes of the page's frames, main frame first (bounded). */
    List<FrameProbe> probes(Page page, String pageUrl) {
        List<FrameProbe> out = new ArrayList<>();
        Frame main;
        List<Frame> frames;
        try {
            main = page.mainFrame();
            frames = page.frames();
        } catch (PlaywrightException e) {
            return out;
        }
        out.add(probe(main, pageUrl, true));
        for (Frame f : frames) {
            if (out.size() >= MAX_FRAMES) {
                break;
            }
            if (f != main) {
                out.add(probe(f, pageUrl, false));
            }
        }
        return out;
    }

    private FrameProbe probe(Frame frame, String pageUrl, boolean main) {
        return new FrameProbe(frame, setup.key(), setup.script(), () -> setup.config(pageUrl, main));
    }

    /**
     * How long to look: at least {@code minElapsedMs} after the search starts and until the document is
     * {@code minAgeMs} old, then until the page has been still for {@code quietMs}; never longer than
     * {@code maxMs}.
     */
    record Wait(long minElapsedMs, long minAgeMs, long quietMs, long maxMs) {
        /** One look, no waiting. */
        static final Wait ONCE = new Wait(0, 0, 0, 0);
    }

    /** Polls the frames until a banner is found or the wait says to give up. */
    @Nullable
    Located find(Page page, String pageUrl, Wait wait) {
        long start = System.nanoTime();
        while (true) {
            List<FrameProbe> probes = probes(page, pageUrl);
            for (FrameProbe probe : probes) {
                JsonNode banner = probe.call("detect");
                if (banner.path("found").asBoolean(false)) {
                    boolean main = probe == probes.getFirst();
                    BannerLocation location = !main
                            ? BannerLocation.IFRAME
                            : banner.path("shadow").asBoolean(false)
                                    ? BannerLocation.SHADOW_ROOT
                                    : BannerLocation.MAIN_FRAME;
                    return new Located(probe, banner, location, main ? null : frameUrl(probe.frame()));
                }
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (elapsed >= wait.maxMs()) {
                return null;
            }
            if (elapsed >= wait.minElapsedMs() && !probes.isEmpty() && still(probes.getFirst(), wait)) {
                return null;
            }
            sleep(Math.min(POLL_MS, Math.max(1, wait.maxMs() - elapsed)));
        }
    }

    /**
     * Waits until the banner's frame has been still for {@code quietMs} (no DOM change, no resource finishing), at
     * most {@code maxMs}: a banner that has just appeared may still be wiring its buttons.
     */
    static void settle(FrameProbe probe, long quietMs, long maxMs) {
        long start = System.nanoTime();
        Wait wait = new Wait(0, 0, quietMs, maxMs);
        while ((System.nanoTime() - start) / 1_000_000 < maxMs && !still(probe, wait)) {
            sleep(100);
        }
    }

    private static boolean still(FrameProbe main, Wait wait) {
        JsonNode quiet = main.call("quiet");
        return "complete".equals(quiet.path("ready").asText())
                && quiet.path("age").asDouble(0) >= wait.minAgeMs()
                && quiet.path("sinceMutation").asDouble(0) >= wait.quietMs()
                && quiet.path("sinceResource").asDouble(0) >= wait.quietMs();
    }

    private static @Nullable String frameUrl(Frame frame) {
        try {
            return BannerOperator.bound(frame.url(), 2000);
        } catch (PlaywrightException e) {
            return null;
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
