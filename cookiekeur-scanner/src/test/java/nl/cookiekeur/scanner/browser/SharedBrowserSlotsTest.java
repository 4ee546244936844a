package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scanner.network.CookieJar;
import nl.cookiekeur.scanner.network.JarCookie;
import org.junit.jupiter.api.Test;

/**
 * Slots of one scan with {@link SlotSharing#ONE_BROWSER}: each thread has its own driver, all contexts live in one
 * Chromium process at the same time, they share no state, third-party cookies still work, and closing the host
 * leaves no Chromium behind.
 */
@FixtureSites
class SharedBrowserSlotsTest {

    @Test
    void concurrentSlotsOpenIsolatedContextsInOneChromium(FixtureServer server) throws Exception {
        BrowserSettings settings =
                new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15));
        int slots = 3;
        CyclicBarrier together = new CyclicBarrier(slots);
        ExecutorService threads = Executors.newFixedThreadPool(slots);
        List<Future<SlotSaw>> saw = new ArrayList<>();
        try (ChromiumHost host = new ChromiumHost()) {
            for (int i = 0; i < slots; i++) {
                saw.add(threads.submit(() -> {
                    try (ChromiumEngine engine = ChromiumEngine.attach(host);
                            PhaseBrowser phase = engine.open(settings)) {
                        Page page = phase.tab();
                        boolean emptyAtStart = CookieJar.read(phase.context().newCDPSession(page))
                                .isEmpty();
                        page.navigate(
                                server.url(FixtureSite.REISBUREAU_ZONNEVELD).toString());
                        List<String> names = names(awaitCookie(phase, page, "YSC"));
                        together.await(60, TimeUnit.SECONDS); // every slot's context is open now
                        int browsers = ChromiumHostsTest.chromiumBrowsers();
                        together.await(60, TimeUnit.SECONDS);
                        return new SlotSaw(emptyAtStart, names, browsers);
                    }
                }));
            }
            for (Future<SlotSaw> future : saw) {
                SlotSaw slot = future.get(120, TimeUnit.SECONDS);
                assertThat(slot.emptyAtStart()).isTrue();
                assertThat(slot.cookies()).contains("YSC", "VISITOR_INFO1_LIVE");
                assertThat(slot.browsers()).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(ChromiumHostsTest.awaitBrowsers(0)).isZero();
    }

    private record SlotSaw(boolean emptyAtStart, List<String> cookies, int browsers) {}

    /** The jar once it holds {@code name}, polling for at most 10 s. */
    private static List<JarCookie> awaitCookie(PhaseBrowser phase, Page page, String name) {
        List<JarCookie> jar = List.of();
        for (int i = 0; i < 40 && jar.stream().noneMatch(c -> c.name().equals(name)); i++) {
            page.waitForTimeout(250);
            jar = CookieJar.read(phase.context().newCDPSession(page));
        }
        return jar;
    }

    private static List<String> names(List<JarCookie> jar) {
        return jar.stream().map(JarCookie::name).toList();
    }
}
