package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.scanner.network.CookieJar;
import org.junit.jupiter.api.Test;

/**
 * A one-slot scan's engine kept for the next scan: the second scan, on another thread, reuses the first one's
 * Chromium with a fresh, empty context; after the given number of scans the engine is closed and a new one starts.
 */
@FixtureSites
class KeptEnginesTest {

    @Test
    void theNextScanReusesTheBrowserWithFreshStateUntilItHasServedItsScans(FixtureServer server) throws Exception {
        BrowserSettings settings =
                new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15));
        String url = server.url(FixtureSite.REISBUREAU_ZONNEVELD).toString();
        ExecutorService first = Executors.newSingleThreadExecutor();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (KeptEngines kept = new KeptEngines(2)) {
            Scan one = first.submit(() -> scan(kept, settings, url)).get(120, TimeUnit.SECONDS);
            Scan two = second.submit(() -> scan(kept, settings, url)).get(120, TimeUnit.SECONDS);
            Scan three = first.submit(() -> scan(kept, settings, url)).get(120, TimeUnit.SECONDS);
            assertThat(two.engine()).isSameAs(one.engine());
            assertThat(two.browser()).isSameAs(one.browser());
            assertThat(two.emptyAtStart()).isTrue();
            assertThat(one.browser().isConnected()).isFalse(); // closed after its second scan
            assertThat(three.engine()).isNotSameAs(one.engine());
            assertThat(three.browser().isConnected()).isTrue(); // kept, idle, until the pool closes
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
    }

    private record Scan(BrowserEngine engine, Browser browser, boolean emptyAtStart) {}

    /** One slot of one scan: takes an engine, loads a page in a phase context, gives the engine back. */
    private static Scan scan(KeptEngines kept, BrowserSettings settings, String url) throws Exception {
        try (SlotEngines engines = kept.forScan()) {
            BrowserEngine engine = engines.start();
            try (engine;
                    PhaseBrowser phase = engine.open(settings)) {
                Page page = phase.tab();
                boolean empty =
                        CookieJar.read(phase.context().newCDPSession(page)).isEmpty();
                page.navigate(url);
                return new Scan(engine, phase.context().browser(), empty);
            }
        }
    }
}
