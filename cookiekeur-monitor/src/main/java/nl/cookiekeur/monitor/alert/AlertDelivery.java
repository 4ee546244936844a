package nl.cookiekeur.monitor.alert;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitor.site.AlertLog;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.SmtpServer;
import org.jspecify.annotations.Nullable;

/**
 * Sends a rescan's alert to the site's e-mail address and webhook, once per run and channel (recorded in {@code
 * monitor_alert}, so a retried or taken-over run does not send it again); a failed delivery is recorded, never
 * thrown, so the rescan itself stays completed.
 */
public final class AlertDelivery {
    private static final int MAX_DETAIL = 1024;

    private final RelationalDatabase database;
    private final AlertSettings settings;
    private final Clock clock;

    public AlertDelivery(RelationalDatabase database, AlertSettings settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    /** Delivers the alert on every channel the site has and the worker can serve. */
    public void deliver(Alert alert) {
        AlertTargets targets = alert.site().site().alerts();
        @Nullable String email = targets.email();
        @Nullable SmtpServer smtp = settings.smtp();
        if (email != null && smtp != null && claim(alert, "email")) {
            finish(alert, "email", mail(alert, smtp, email));
        }
        @Nullable URI webhook = targets.webhook();
        @Nullable String secret = settings.webhookSecret();
        if (webhook != null && secret != null && claim(alert, "webhook")) {
            finish(alert, "webhook", post(alert, secret, webhook));
        }
    }

    private Outcome mail(Alert alert, SmtpServer smtp, String to) {
        try {
            new MailAlert(smtp, new AlertTexts(settings.language())).send(alert, to);
            return new Outcome(true, "sent to " + to);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            return new Outcome(false, String.valueOf(e.getMessage()));
        }
    }

    private Outcome post(Alert alert, String secret, URI webhook) {
        try {
            int status = new WebhookAlert(secret, clock).send(alert, webhook);
            return new Outcome(status >= 200 && status < 300, "HTTP " + status);
        } catch (IOException | RuntimeException e) {
            return new Outcome(false, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }

    private boolean claim(Alert alert, String channel) {
        try (Connection connection = database.connection()) {
            return AlertLog.claim(connection, alert.run().id(), channel, clock.instant());
        } catch (SQLException e) {
            return false;
        }
    }

    private void finish(Alert alert, String channel, Outcome outcome) {
        String detail = outcome.detail().length() <= MAX_DETAIL
                ? outcome.detail()
                : outcome.detail().substring(0, MAX_DETAIL);
        try (Connection connection = database.connection()) {
            AlertLog.finish(connection, alert.run().id(), channel, outcome.delivered(), detail);
        } catch (SQLException e) {
            // the claim stays as "not delivered": visible, and not sent twice
        }
    }

    private record Outcome(boolean delivered, String detail) {}
}
