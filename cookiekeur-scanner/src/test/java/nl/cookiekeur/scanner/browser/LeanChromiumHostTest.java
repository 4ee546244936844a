package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.Test;

/**
 * The memory levers of the host's Chromium take effect (ADR 0014): with two phase contexts open, DevTools lists
 * only their pages — no omnibox pop-up web UI per context — and no GPU or network-service process runs beside the
 * browser. A Chromium that renames a feature would fail here instead of silently costing memory again.
 */
@FixtureSites
class LeanChromiumHostTest {

    @Test
    void phaseContextsCarryNoBrowserUiAndNoGpuOrNetworkProcess(FixtureServer server) throws Exception {
        BrowserSettings settings =
                new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15));
        try (ChromiumHost host = new ChromiumHost();
                ChromiumEngine engine = ChromiumEngine.attach(host);
                PhaseBrowser first = engine.open(settings);
                PhaseBrowser second = engine.open(settings)) {
            Page one = first.tab();
            one.navigate(server.url(FixtureSite.BAKKERIJ_JANSEN).toString());
            Page two = second.tab();
            two.navigate(server.url(FixtureSite.REISBUREAU_ZONNEVELD).toString());
            String endpoint = host.endpoint(server.hostRules());

            List<String> types = new ArrayList<>();
            for (JsonNode target : targets(endpoint)) {
                types.add(
                        target.path("type").asText() + " " + target.path("url").asText());
            }
            assertThat(types).anyMatch(t -> t.startsWith("page ") && t.contains("bakkerij-jansen"));
            assertThat(types).anyMatch(t -> t.startsWith("page ") && t.contains("reisbureau-zonneveld"));
            assertThat(types).noneMatch(t -> t.startsWith("browser_ui ") || t.contains("omnibox"));

            List<String> kinds = helperTypes();
            assertThat(kinds).contains("--type=renderer");
            assertThat(kinds).noneMatch(k -> k.equals("--type=gpu-process"));
            assertThat(kinds).noneMatch(k -> k.contains("NetworkService"));
        }
    }

    @Test
    void aChromiumLaunchedThroughItsOwnDriverKeepsPlaywrightsFeaturesAndShowsNoBrowserUi(FixtureServer server)
            throws Exception {
        BrowserSettings settings =
                new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15));
        try (ChromiumEngine engine = ChromiumEngine.start();
                PhaseBrowser phase = engine.open(settings)) {
            phase.tab().navigate(server.url(FixtureSite.BAKKERIJ_JANSEN).toString());
            Browser browser = Objects.requireNonNull(phase.context().browser());
            JsonNode infos = new ObjectMapper()
                    .readTree(browser.newBrowserCDPSession()
                            .send("Target.getTargets")
                            .toString())
                    .path("targetInfos");
            List<String> types = new ArrayList<>();
            infos.forEach(
                    t -> types.add(t.path("type").asText() + " " + t.path("url").asText()));
            assertThat(types).anyMatch(t -> t.startsWith("page ") && t.contains("bakkerij-jansen"));
            assertThat(types).noneMatch(t -> t.startsWith("browser_ui ") || t.contains("omnibox"));

            // Chromium reads the last --disable-features: it must still hold Playwright's own features
            List<String> effective = PlaywrightSwitchesTest.browserCommandLines().stream()
                    .map(args -> args.stream()
                            .filter(a -> a.startsWith("--disable-features="))
                            .reduce((first, second) -> second)
                            .orElse(""))
                    .toList();
            assertThat(effective)
                    .isNotEmpty()
                    .allMatch(f -> f.contains("ThirdPartyStoragePartitioning") && f.contains("WebUIOmniboxPopup"));
        }
    }

    /** DevTools' target list of the Chromium behind {@code endpoint} ({@code ws://127.0.0.1:port/...}). */
    private static JsonNode targets(String endpoint) throws Exception {
        URI ws = URI.create(endpoint);
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> list = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ws.getPort() + "/json/list"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(list.body());
    }

    /** The type (and utility sub-type) of every Chromium helper process under this JVM. */
    private static List<String> helperTypes() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
            String line;
            try {
                line = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                continue; // ended meanwhile
            }
            for (String arg : line.split("[\0 ]")) { // helpers rewrite their title, spaces instead of NULs
                if (arg.startsWith("--type=") || arg.startsWith("--utility-sub-type=")) {
                    kinds.add(arg);
                }
            }
        }
        return kinds;
    }
}
