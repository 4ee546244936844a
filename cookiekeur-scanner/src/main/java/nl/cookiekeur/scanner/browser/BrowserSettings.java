package nl.cookiekeur.scanner.browser;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to open a browser profile for one phase.
 *
 * @param device desktop or phone
 * @param hostRules Chromium {@code --host-resolver-rules}, or {@code null}
 * @param ignoreHttpsErrors whether invalid certificates are accepted
 * @param navigationTimeout the longest a navigation may take
 */
public record BrowserSettings(
        Device device, @Nullable String hostRules, boolean ignoreHttpsErrors, Duration navigationTimeout) {

    public BrowserSettings {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(navigationTimeout, "navigationTimeout");
    }
}
