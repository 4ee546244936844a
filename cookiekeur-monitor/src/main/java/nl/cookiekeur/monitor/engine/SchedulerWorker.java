package nl.cookiekeur.monitor.engine;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.cookiekeur.database.Dialect;
import nl.cookiekeur.database.RelationalDatabase;
import nl.cookiekeur.monitor.alert.AlertDelivery;
import nl.cookiekeur.monitor.alert.WeeklyDigest;
import nl.cookiekeur.monitor.site.MonitorDatabase;
import nl.cookiekeur.monitor.site.PooledDataSource;
import nl.cookiekeur.monitor.site.SiteJobs;
import nl.cookiekeur.monitoring.MonitorWorker;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.WorkerSettings;

/**
 * A worker on db-scheduler: as many scans at once as it has browsers, heartbeats, dead jobs revived; with an SMTP
 * server it also runs the weekly digest's recurring job.
 */
public final class SchedulerWorker implements MonitorWorker {
    /** How long closing waits for running scans before leaving them to be taken over. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);
    /** Jobs due now or being run (by any worker). */
    private static final String DUE =
            "SELECT COUNT(*) FROM " + SiteJobs.TABLE + " WHERE execution_time <= ? OR picked = ?";
    /** Sites whose latest attempt failed and will be retried. */
    private static final String RETRY_PENDING = "SELECT COUNT(*) FROM monitor_run r WHERE r.status = ? AND r.id ="
            + " (SELECT MAX(l.id) FROM monitor_run l WHERE l.site_id = r.site_id)";

    /** The weekly digest's recurring job: one row, so one worker of a cluster sends it. */
    public static final String DIGEST_TASK = "weekly-digest";
    /** Mondays at 07:00 UTC (a worker that was down then sends it when it starts). */
    static final String DIGEST_SCHEDULE = "0 0 7 * * MON";

    private final RelationalDatabase database;
    private final Scheduler scheduler;
    private final String name;
    private final Clock clock;

    private SchedulerWorker(RelationalDatabase database, Scheduler scheduler, String name, Clock clock) {
        this.database = database;
        this.scheduler = scheduler;
        this.name = name;
        this.clock = clock;
    }

    /** Starts claiming due site jobs in the (migrated) database; closing the worker closes the database. */
    public static SchedulerWorker start(
            RelationalDatabase database, WorkerSettings settings, Rescan rescan, RunListener listener, Clock clock) {
        JobRecovery recovery = new JobRecovery(clock, settings.backoff());
        CustomTask<String> task = Tasks.custom(SiteJobs.TASK, String.class)
                .onFailure(recovery)
                .onDeadExecution(recovery)
                .execute(new RescanJob(
                        rescan,
                        new RunRecorder(database, listener),
                        new AlertDelivery(database, settings.alerts(), clock),
                        settings,
                        clock));
        RecurringTask<Void> digest = null;
        if (settings.alerts().smtp() != null) {
            WeeklyDigest digests = new WeeklyDigest(database, settings.alerts(), clock);
            digest = Tasks.recurring(DIGEST_TASK, Schedules.cron(DIGEST_SCHEDULE, ZoneOffset.UTC))
                    .execute((instance, context) -> digests.sendDue());
        }
        SchedulerBuilder builder = Scheduler.create(new PooledDataSource(database), List.of(task))
                .tableName(SiteJobs.TABLE)
                .schedulerName(new SchedulerName.Fixed(settings.name()))
                .threads(settings.browsers())
                .pollingInterval(settings.pollInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .enableImmediateExecution();
        if (digest != null) {
            builder = builder.startTasks(digest); // known to the scheduler through startTasks
        }
        if (database.dialect() == Dialect.POSTGRESQL) {
            // SELECT … FOR UPDATE SKIP LOCKED: workers claim disjoint batches without racing for the same rows
            builder = builder.pollUsingLockAndFetch(0.5, 1.0);
        }
        Scheduler scheduler = builder.build();
        scheduler.start();
        return new SchedulerWorker(database, scheduler, settings.name(), clock);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String database() {
        return database.shownUrl();
    }

    @Override
    public boolean idle() {
        if (!scheduler.getCurrentlyExecuting().isEmpty()) {
            return false;
        }
        try (Connection connection = database.connection()) {
            return count(connection, DUE, true) == 0 && count(connection, RETRY_PENDING, false) == 0;
        } catch (SQLException e) {
            throw MonitorDatabase.failed(database, "gelezen", e);
        }
    }

    private long count(Connection connection, String sql, boolean withTimes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (withTimes) {
                statement.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                statement.setBoolean(2, true);
            } else {
                statement.setString(1, RunStatus.RETRYING.code());
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    @Override
    public void close() {
        try {
            scheduler.stop();
        } finally {
            database.close();
        }
    }
}
