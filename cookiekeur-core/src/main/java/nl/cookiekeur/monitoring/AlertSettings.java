package nl.cookiekeur.monitoring;

import java.util.Objects;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * How a worker sends alerts.
 *
 * @param smtp the mail server, or {@code null} to send no e-mail
 * @param webhookSecret the key webhooks are signed with (HMAC-SHA256), or {@code null} to call no webhook
 * @param language the language of the alerts
 */
public record AlertSettings(
        @Nullable SmtpServer smtp, @Nullable String webhookSecret, Language language) {

    /** No alerts at all. */
    public static final AlertSettings NONE = new AlertSettings(null, null, Language.DUTCH);

    public AlertSettings {
        Objects.requireNonNull(language, "language");
        if (webhookSecret != null && webhookSecret.length() < 32) {
            throw new IllegalArgumentException("webhookSecret must be at least 32 characters");
        }
    }

    @Override
    public String toString() {
        return "AlertSettings[smtp=" + smtp + ", webhook=" + (webhookSecret != null) + ", " + language + "]";
    }
}
