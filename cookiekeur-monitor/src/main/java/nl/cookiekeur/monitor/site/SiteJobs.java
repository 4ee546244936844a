package nl.cookiekeur.monitor.site;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The monitor's jobs in db-scheduler: one per site, task {@value #TASK}, instance the site's number, data the
 * due time of the regular scan it stands for (kept when it is retried or revived, so a run knows its due scan).
 */
public final class SiteJobs {
    /** The job table. */
    public static final String TABLE = "monitor_job";
    /** The task name. */
    public static final String TASK = "site-rescan";

    private SiteJobs() {}

    /** A client that schedules without running anything. */
    public static SchedulerClient client(DataSource dataSource) {
        return SchedulerClient.Builder.create(dataSource).tableName(TABLE).build();
    }

    /** The job of a site, due at {@code dueAt}. */
    public static TaskInstance<String> job(long siteId, Instant dueAt) {
        return new TaskInstance<>(TASK, Long.toString(siteId), dueAt.toString());
    }

    /** The job's identity, for cancelling. */
    public static TaskInstanceId id(long siteId) {
        return TaskInstanceId.of(TASK, Long.toString(siteId));
    }
}
