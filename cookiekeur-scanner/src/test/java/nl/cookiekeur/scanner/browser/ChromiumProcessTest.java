package nl.cookiekeur.scanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A Chromium launched without a driver ends with its owner: when the JVM that launched it is killed with SIGKILL
 * (a worker lost mid-scan), the watchdog ends it; when it is closed, its processes and profile are gone.
 */
class ChromiumProcessTest {

    @Test
    void aKilledJvmLeavesNoChromiumBehind() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), ChromiumWithoutDriverMain.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("PID ")) {
                // anything the child prints before
            }
            assertThat(line).as("the child launched Chromium").isNotNull();
            ProcessHandle chromium =
                    ProcessHandle.of(Long.parseLong(line.substring(4).strip())).orElseThrow();
            assertThat(chromium.info().command().orElse("")).contains("chromium");
            assertThat(chromium.isAlive()).isTrue();

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(chromium.onExit()
                            .completeOnTimeout(null, 15, TimeUnit.SECONDS)
                            .get())
                    .as("Chromium ended with the JVM that launched it")
                    .isNotNull();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void closingEndsChromiumAndDeletesItsProfile() throws Exception {
        Path executable = Objects.requireNonNull(ChromiumEngine.systemChromium(), "Debian\'s Chromium");
        ChromiumProcess chromium = ChromiumProcess.launch(executable, ChromiumEngine.FLAGS);
        Path profile = chromium.profile().path();
        Optional<ProcessHandle> browser = ProcessHandle.of(chromium.pid());
        assertThat(browser).isPresent();
        assertThat(browser.get().info().command().orElse("")).contains("chromium");
        assertThat(chromium.alive()).isTrue();

        chromium.close();
        assertThat(chromium.alive()).isFalse();
        assertThat(Files.exists(profile)).isFalse();
        assertThat(browser.get()
                        .onExit()
                        .completeOnTimeout(null, 15, TimeUnit.SECONDS)
                        .get())
                .isNotNull();
    }
}
