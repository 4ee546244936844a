package nl.cookiekeur.scanner.browser;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A JVM that launches a Chromium without a driver, prints {@code PID <chromium's pid>} and waits to be killed
 * ({@link ChromiumProcessTest}).
 */
public final class ChromiumWithoutDriverMain {
    private ChromiumWithoutDriverMain() {}

    public static void main(String[] args) throws Exception {
        Path executable = Objects.requireNonNull(ChromiumEngine.systemChromium(), "Debian's Chromium");
        ChromiumProcess chromium = ChromiumProcess.launch(executable, ChromiumEngine.FLAGS);
        System.out.println("PID " + chromium.pid());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
