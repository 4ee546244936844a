package nl.cookiekeur.monitor.alert;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import nl.cookiekeur.monitoring.SmtpServer;

/** Sends an alert as a plain-text e-mail through the configured SMTP server, with bounded waits. */
final class MailAlert {
    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpServer server;
    private final AlertTexts texts;

    MailAlert(SmtpServer server, AlertTexts texts) {
        this.server = server;
        this.texts = texts;
    }

    void send(Alert alert, String to) throws MessagingException {
        send(
                to,
                texts.subject(alert),
                texts.body(alert),
                alert.run().finishedAt(),
                "X-Cookiekeur-Run",
                Long.toString(alert.run().id()));
    }

    /** Sends a plain-text message with one Cookiekeur header (run or digest week). */
    void send(String to, String subject, String body, java.time.Instant sentAt, String header, String value)
            throws MessagingException {
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.from(), true));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(sentAt));
        message.setHeader(header, value);
        if (server.user() == null) {
            Transport.send(message);
        } else {
            Transport.send(message, server.user(), server.password() == null ? "" : server.password());
        }
    }

    private Properties properties() {
        String protocol = server.security() == SmtpServer.Security.TLS ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", server.host());
        properties.put("mail." + protocol + ".port", Integer.toString(server.port()));
        properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        properties.put("mail." + protocol + ".auth", Boolean.toString(server.user() != null));
        if (server.security() == SmtpServer.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (server.security() != SmtpServer.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
