package nl.cookiekeur.monitor;

import java.time.Clock;
import java.util.Objects;
import nl.cookiekeur.database.DatabaseOpener;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitor.alert.WeeklyDigest;
import nl.cookiekeur.monitor.engine.SchedulerWorker;
import nl.cookiekeur.monitor.site.JdbcSiteRegistry;
import nl.cookiekeur.monitor.site.MonitorDatabase;
import nl.cookiekeur.monitoring.AlertSettings;
import nl.cookiekeur.monitoring.MonitorPlatform;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.SiteRegistry;
import nl.cookiekeur.monitoring.WorkerSettings;
import org.jspecify.annotations.Nullable;

/** Monitoring on db-scheduler in the shared database (ADR 0009). */
public final class JobMonitorPlatform implements MonitorPlatform {
    private final DatabaseOpener opener;
    private final Clock clock;

    public JobMonitorPlatform(DatabaseOpener opener, Clock clock) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SiteRegistry sites(@Nullable String jdbcUrl) {
        return JdbcSiteRegistry.open(opener, jdbcUrl, clock);
    }

    @Override
    public int sendDigests(@Nullable String jdbcUrl, AlertSettings alerts) {
        try (RelationalDatabase database = MonitorDatabase.open(opener, jdbcUrl)) {
            return new WeeklyDigest(database, alerts, clock).sendDue();
        }
    }

    @Override
    public MonitorWorker startWorker(WorkerSettings settings, Rescan rescan, RunListener listener) {
        return SchedulerWorker.start(
                MonitorDatabase.open(opener, settings.jdbcUrl()), settings, rescan, listener, clock);
    }
}
