package nl.cookiekeur.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.AlertTargets;
import nl.cookiekeur.monitoring.Approval;
import nl.cookiekeur.monitoring.ChangeStatus;
import nl.cookiekeur.monitoring.Frequency;
import nl.cookiekeur.monitoring.LivingStatement;
import nl.cookiekeur.monitoring.MonitorPlatform;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.NewSite;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RescanOutcome;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.SmtpServer;
import nl.cookiekeur.monitoring.WorkerSettings;
import nl.cookiekeur.report.StatementLine;
import nl.cookiekeur.site.WebUrl;
import nl.cookiekeur.store.Database;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The statement, approval and digest tables on PostgreSQL: a worker records each rescan's statement lines, only
 * approved items are published (with the approved text, per language), and the digest goes out once per address
 * and week (GreenMail).
 */
class StatementAndDigestOnPostgresTest {
    private final MonitorPlatform platform = new JobMonitorPlatform(Database::open, Clock.systemUTC());

    @Test
    void approvedItemsArePublishedAndTheDigestIsSentOnce() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (TestSchema schema = new TestSchema()) {
            long id;
            try (SiteRegistry registry = platform.sites(schema.url())) {
                id = registry.add(new NewSite(
                                WebUrl.parse("https://www.pg-verklaring.nl/").orElseThrow(),
                                Frequency.WEEK,
                                1,
                                null,
                                false,
                                new AlertTargets("eigenaar@pg-verklaring.nl", (URI) null)))
                        .id();
                assertThat(registry.statement(id, Language.DUTCH)).isEmpty();
            }
            WorkerSettings settings = new WorkerSettings(
                    schema.url(),
                    "pg",
                    1,
                    Duration.ofMillis(200),
                    Duration.ofSeconds(1),
                    4,
                    1,
                    Duration.ofMillis(200),
                    AlertSettings.NONE);
            try (MonitorWorker worker = platform.startWorker(settings, new WithStatement(), RunListener.silent())) {
                Instant end = Instant.now().plusSeconds(30);
                Thread.sleep(500);
                while (!worker.idle()) {
                    assertThat(Instant.now()).isBefore(end);
                    Thread.sleep(100);
                }
            }
            try (SiteRegistry registry = platform.sites(schema.url())) {
                LivingStatement pending = registry.statement(id, Language.DUTCH).orElseThrow();
                assertThat(pending.published()).isEmpty();
                assertThat(pending.pending()).extracting(StatementLine::name).containsExactly("_pk_id", "<b>");
                assertThat(registry.approve(id, new Approval("_pk_id", "Telt bezoeken.", null)))
                        .isEqualTo(1);
                assertThat(registry.approve(id, new Approval("onbekend", null, null)))
                        .isZero();
                LivingStatement dutch = registry.statement(id, Language.DUTCH).orElseThrow();
                assertThat(dutch.published()).extracting(StatementLine::purpose).containsExactly("Telt bezoeken.");
                assertThat(dutch.pending()).extracting(StatementLine::name).containsExactly("<b>");
                LivingStatement english =
                        registry.statement(id, Language.ENGLISH).orElseThrow();
                assertThat(english.published())
                        .extracting(StatementLine::purpose)
                        .containsExactly("Measures visits.");
                assertThat(registry.approve(id, Approval.all())).isEqualTo(1);
                assertThat(registry.statement(id, Language.DUTCH).orElseThrow().pending())
                        .isEmpty();
            }
            AlertSettings alerts = new AlertSettings(
                    new SmtpServer(
                            "127.0.0.1",
                            mail.getSmtp().getPort(),
                            SmtpServer.Security.NONE,
                            null,
                            null,
                            "monitor@cookiekeur.nl"),
                    null,
                    Language.ENGLISH);
            assertThat(platform.sendDigests(schema.url(), alerts)).isEqualTo(1);
            assertThat(platform.sendDigests(schema.url(), alerts))
                    .as("once per week")
                    .isZero();
            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0]))
                    .contains("https://www.pg-verklaring.nl/")
                    .contains("verdict: high")
                    .contains("Open findings: 1 high");
        } finally {
            mail.stop();
        }
    }

    /** A rescan that stands in for the scanner and returns fixed statement lines in both languages. */
    private static final class WithStatement implements Rescan {
        private final AtomicInteger numbers = new AtomicInteger();

        @Override
        public RescanOutcome rescan(nl.cookiekeur.monitoring.MonitoredSite site) {
            StoredScan scan = new StoredScan(
                    numbers.incrementAndGet(),
                    site.host(),
                    site.site().url().toString(),
                    Instant.now(),
                    "hoog",
                    1,
                    1,
                    0,
                    "/tmp",
                    "/tmp",
                    "test");
            return new RescanOutcome(
                    scan,
                    null,
                    List.of(new SiteChange(
                            new HistoryItem("finding", "NL-CK-01/initial", "hoog · Cookie zonder toestemming"),
                            ChangeStatus.NEW)),
                    Map.of(
                            Language.DUTCH,
                            List.of(line("_pk_id", "Meet bezoek."), line("<b>", "Onbekend.")),
                            Language.ENGLISH,
                            List.of(line("_pk_id", "Measures visits."), line("<b>", "Unknown."))));
        }

        private static StatementLine line(String name, String purpose) {
            return new StatementLine(
                    "cookie",
                    name,
                    ".pg-verklaring.nl",
                    "cookie",
                    "Matomo",
                    "analytics",
                    "analytics",
                    purpose,
                    "13 maanden",
                    "first");
        }
    }
}
