package nl.cookiekeur.monitor.alert;

import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitor.site.DigestLog;
import nl.cookiekeur.monitor.site.MonitorDatabase;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.SmtpServer;
import org.jspecify.annotations.Nullable;

/**
 * The weekly digest: per alert e-mail address one message about all that owner's sites (verdict, open findings by
 * severity, the week's changes and failed scans). Each (address, ISO week) is recorded in {@code monitor_digest}
 * before sending, so a digest is never sent twice for a week, whichever worker or command sends it.
 */
public final class WeeklyDigest {
    private static final Duration WEEK = Duration.ofDays(7);
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final RelationalDatabase database;
    private final AlertSettings settings;
    private final Clock clock;

    public WeeklyDigest(RelationalDatabase database, AlertSettings settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
    }

    /** The ISO week of an instant (UTC), such as {@code 2026-W49}. */
    public static String week(Instant instant) {
        ZonedDateTime time = instant.atZone(ZoneOffset.UTC);
        return String.format(
                Locale.ROOT,
                "%d-W%02d",
                time.get(IsoFields.WEEK_BASED_YEAR),
                time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Sends this week's digest to every address that has not had it; how many were sent. */
    public int sendDue() {
        @Nullable SmtpServer smtp = settings.smtp();
        if (smtp == null) {
            return 0;
        }
        Instant now = clock.instant();
        String week = week(now);
        AlertTexts texts = new AlertTexts(settings.language());
        int sent = 0;
        try (Connection connection = database.connection()) {
            for (Map.Entry<String, List<MonitoredSite>> owner :
                    DigestLog.owners(connection).entrySet()) {
                if (!DigestLog.claim(connection, owner.getKey(), week, now)) {
                    continue;
                }
                String body = body(connection, texts, owner.getValue(), now);
                boolean delivered;
                String detail;
                try {
                    new MailAlert(smtp, texts)
                            .send(
                                    owner.getKey(),
                                    texts.get(
                                            "digest.subject",
                                            week,
                                            owner.getValue().size()),
                                    body,
                                    now,
                                    "X-Cookiekeur-Digest",
                                    week);
                    delivered = true;
                    detail = "sent";
                } catch (MessagingException | RuntimeException e) {
                    delivered = false;
                    detail = String.valueOf(e.getMessage());
                }
                DigestLog.finish(connection, owner.getKey(), week, delivered, detail);
                if (delivered) {
                    sent++;
                }
            }
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
        return sent;
    }

    private static String body(Connection connection, AlertTexts texts, List<MonitoredSite> sites, Instant now)
            throws SQLException {
        Instant since = now.minus(WEEK);
        StringBuilder text = new StringBuilder();
        text.append(texts.get("digest.intro", SHOWN.format(now))).append("\n\n");
        for (MonitoredSite site : sites) {
            List<String> open = DigestLog.openFindings(connection, site.id());
            Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
            for (String label : open) {
                Severity.fromCode(label.split(" · ", 2)[0]).ifPresent(s -> bySeverity.merge(s, 1, Integer::sum));
            }
            String verdict = bySeverity.isEmpty()
                    ? texts.get("digest.verdict.none")
                    : texts.get("digest.severity."
                            + bySeverity.keySet().iterator().next().code());
            text.append(texts.get("digest.site", site.id(), site.site().url().toString(), verdict))
                    .append('\n');
            if (bySeverity.isEmpty()) {
                text.append(texts.get("digest.open.none")).append('\n');
            } else {
                List<String> counts = new ArrayList<>();
                bySeverity.forEach(
                        (severity, count) -> counts.add(count + " " + texts.get("digest.severity." + severity.code())));
                text.append(texts.get("digest.open", String.join(", ", counts))).append('\n');
            }
            List<String[]> changes = DigestLog.changes(connection, site.id(), since);
            if (changes.isEmpty()) {
                text.append(texts.get("digest.changes.none")).append('\n');
            } else {
                text.append(texts.get("digest.changes", changes.size())).append('\n');
                for (String[] change : changes) {
                    text.append("   - ")
                            .append(texts.get("digest.change." + change[0]))
                            .append(": ")
                            .append(texts.get("digest.kind." + change[1]))
                            .append(' ')
                            .append(change[2])
                            .append(" (")
                            .append(change[3])
                            .append(")\n");
                }
            }
            List<String> failures = DigestLog.failures(connection, site.id(), since);
            if (!failures.isEmpty()) {
                text.append(texts.get("digest.failed", failures.size(), failures.getLast()))
                        .append('\n');
            }
            text.append('\n');
        }
        return text.append(texts.get("digest.outro")).toString();
    }
}
