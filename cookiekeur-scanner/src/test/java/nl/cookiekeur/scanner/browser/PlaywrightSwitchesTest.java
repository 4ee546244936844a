package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A Chromium launched without a driver runs with the switches Playwright would give it: the list in
 * {@link PlaywrightSwitches} equals, switch for switch, what the build's Playwright passes to a Chromium it launches
 * headless (read from that process's command line), so a Playwright upgrade that changes them fails here.
 */
class PlaywrightSwitchesTest {

    @Test
    void theListIsWhatPlaywrightGivesAHeadlessChromium() throws Exception {
        List<String> launched;
        try (Playwright playwright = ChromiumEngine.driver();
                ProfileDirectory profile = ProfileDirectory.create()) {
            BrowserContext context = ChromiumEngine.launchPersistent(playwright, profile, null);
            try {
                launched = browserCommandLines().stream()
                        .filter(line -> line.contains("--user-data-dir=" + profile.path()))
                        .findFirst()
                        .orElseThrow();
            } finally {
                context.close();
            }
        }
        List<String> playwrights = launched.stream()
                .skip(1) // the executable
                .filter(s -> !ChromiumEngine.FLAGS.contains(s))
                .filter(s -> !s.startsWith("--user-data-dir=") && !s.equals("--remote-debugging-pipe"))
                .filter(s -> !s.equals(PlaywrightSwitches.disabledFeatures(ChromiumEngine.FEATURES_OFF)))
                .filter(s -> !s.equals("about:blank"))
                .distinct()
                .toList();
        assertThat(playwrights)
                .containsExactlyElementsOf(PlaywrightSwitches.HEADLESS.stream()
                        .filter(s -> !ChromiumEngine.FLAGS.contains(s))
                        .toList());
    }

    @Test
    void aChromiumLaunchedWithoutADriverCarriesTheSameSwitches() throws Exception {
        Path executable = Objects.requireNonNull(ChromiumEngine.systemChromium(), "Debian\'s Chromium");
        try (ChromiumProcess chromium = ChromiumProcess.launch(executable, ChromiumEngine.FLAGS)) {
            List<String> line = browserCommandLines().stream()
                    .filter(l ->
                            l.contains("--user-data-dir=" + chromium.profile().path()))
                    .findFirst()
                    .orElseThrow();
            assertThat(line).containsAll(PlaywrightSwitches.HEADLESS).containsAll(ChromiumEngine.FLAGS);
            assertThat(chromium.endpoint()).matches("ws://127\\.0\\.0\\.1:\\d+/devtools/browser/[0-9a-f-]+");
        }
    }

    /** The command lines (split into arguments) of the Chromium browser processes this JVM started. */
    static List<List<String>> browserCommandLines() {
        return ProcessHandle.current()
                .descendants()
                .map(PlaywrightSwitchesTest::arguments)
                .filter(args -> !args.isEmpty() && args.get(0).contains("chromium"))
                .filter(args -> args.stream().noneMatch(a -> a.contains("--type="))) // helpers may rewrite argv
                .toList();
    }

    private static List<String> arguments(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            String all = new String(raw, StandardCharsets.UTF_8);
            return all.isEmpty() ? List.of() : Arrays.asList(all.split("\0"));
        } catch (IOException e) {
            return List.of(); // the process ended
        }
    }
}
