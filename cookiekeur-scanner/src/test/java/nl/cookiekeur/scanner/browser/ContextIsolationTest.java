package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scanner.network.CookieJar;
import nl.cookiekeur.scanner.network.JarCookie;
import org.junit.jupiter.api.Test;

/** Phases of one engine share a Chromium but nothing else; third-party cookies still work; a lost browser comes back. */
@FixtureSites
class ContextIsolationTest {

    @Test
    void eachPhaseStartsEmptyInTheSameBrowserAndThirdPartyCookiesAreKept(FixtureServer server) throws Exception {
        BrowserSettings settings = settings(server);
        try (ChromiumEngine engine = ChromiumEngine.start(Isolation.CONTEXT_PER_PHASE)) {
            Browser first;
            try (PhaseBrowser phase = engine.open(settings)) {
                first = phase.context().browser();
                Page page = phase.tab();
                page.navigate(server.url(FixtureSite.REISBUREAU_ZONNEVELD).toString());
                page.evaluate("() => localStorage.setItem('vorige-fase', 'ja')");
                assertThat(names(awaitCookie(phase, page, "YSC"))).contains("YSC", "VISITOR_INFO1_LIVE");
            }
            try (PhaseBrowser phase = engine.open(settings)) {
                assertThat(phase.context().browser()).isSameAs(first);
                Page page = phase.tab();
                assertThat(CookieJar.read(phase.context().newCDPSession(page))).isEmpty();
                page.navigate(server.url(FixtureSite.REISBUREAU_ZONNEVELD).toString());
                assertThat(page.evaluate("() => localStorage.getItem('vorige-fase')"))
                        .isNull();
            }
        }
    }

    @Test
    void aBrowserThatWentAwayIsLaunchedAgainForTheNextPhase(FixtureServer server) throws Exception {
        BrowserSettings settings = settings(server);
        try (ChromiumEngine engine = ChromiumEngine.start(Isolation.CONTEXT_PER_PHASE)) {
            Browser first;
            try (PhaseBrowser phase = engine.open(settings)) {
                first = phase.context().browser();
                first.close();
            }
            try (PhaseBrowser phase = engine.open(settings)) {
                assertThat(phase.context().browser()).isNotSameAs(first);
                Page page = phase.tab();
                page.navigate(server.url(FixtureSite.DICHTERSGILDE).toString());
                assertThat(page.title()).isNotBlank();
            }
        }
    }

    private static BrowserSettings settings(FixtureServer server) {
        return new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15));
    }

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
