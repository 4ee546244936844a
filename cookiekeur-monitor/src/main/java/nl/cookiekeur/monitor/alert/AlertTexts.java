package nl.cookiekeur.monitor.alert;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/** The alert's words in one language ({@code alerts_nl} / {@code alerts_en}). */
final class AlertTexts {
    private final Language language;
    private final ResourceBundle bundle;

    AlertTexts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "nl.cookiekeur.monitor.alert.alerts",
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    private static long number(@Nullable Long scan) {
        return scan == null ? 0 : scan;
    }

    String subject(Alert alert) {
        return get("subject", alert.site().host(), alert.changes().size());
    }

    String body(Alert alert) {
        StringBuilder text = new StringBuilder();
        text.append(get(
                        "intro",
                        alert.site().site().url(),
                        number(alert.run().scanNumber()),
                        number(alert.run().previousScanNumber())))
                .append("\n\n");
        for (SiteChange change : alert.changes()) {
            text.append("- ")
                    .append(get("kind." + change.item().kind()))
                    .append(": ")
                    .append(change.item().key())
                    .append(" (")
                    .append(change.item().label())
                    .append(")\n");
        }
        text.append('\n').append(get("outro", alert.site().id()));
        return text.toString();
    }
}
