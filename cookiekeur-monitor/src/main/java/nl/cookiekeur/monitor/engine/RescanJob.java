package nl.cookiekeur.monitor.engine;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.monitor.alert.Alert;
import nl.cookiekeur.monitor.alert.AlertDelivery;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RescanOutcome;
import nl.cookiekeur.monitoring.RunStatus;
import nl.cookiekeur.monitoring.SiteRun;
import nl.cookiekeur.monitoring.WorkerSettings;
import org.jspecify.annotations.Nullable;

/**
 * What a worker does with a claimed site job: rescan, record the run and its changes, and put the job back for
 * the site's next regular scan, and alert the owner to new trackers, cookies and serious findings (not on a site's
 * first scan, which only sets the baseline); a failure is recorded and retried after a doubling pause, and after the last
 * attempt reported as failed (the site keeps its schedule, so it is never dropped).
 */
final class RescanJob implements ExecutionHandler<String> {
    private static final int MAX_FAILURE_TEXT = 2048;

    private final Rescan rescan;
    private final RunRecorder recorder;
    private final AlertDelivery alerts;
    private final WorkerSettings settings;
    private final Clock clock;

    RescanJob(Rescan rescan, RunRecorder recorder, AlertDelivery alerts, WorkerSettings settings, Clock clock) {
        this.rescan = rescan;
        this.recorder = recorder;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<String> execute(TaskInstance<String> job, ExecutionContext context) {
        JobData data = JobData.parse(job.getData(), context.getExecution().executionTime);
        long siteId;
        try {
            siteId = Long.parseLong(job.getId());
        } catch (NumberFormatException e) {
            return (complete, operations) -> operations.remove();
        }
        Optional<MonitoredSite> found = recorder.site(siteId);
        if (found.isEmpty()) {
            return (complete, operations) -> operations.remove();
        }
        MonitoredSite site = found.get();
        if (recorder.completed(siteId, data.dueAt())) {
            return nextRegular(site, data);
        }
        if (data.attempt() > settings.attempts()) {
            recordFailure(site, data, RunStatus.FAILED, "de worker stopte telkens tijdens de scan");
            return nextRegular(site, data);
        }
        RescanOutcome outcome;
        try {
            outcome = rescan.rescan(site);
        } catch (RuntimeException e) {
            return failed(site, data, e);
        }
        SiteRun recorded = recorder.record(
                site,
                new SiteRun(
                        0,
                        siteId,
                        data.dueAt(),
                        clock.instant(),
                        RunStatus.COMPLETED,
                        data.attempt(),
                        settings.name(),
                        outcome.scan().number(),
                        outcome.previous() == null ? null : outcome.previous().number(),
                        null),
                outcome.changes(),
                outcome.statement());
        if (outcome.previous() != null && !outcome.alerting().isEmpty()) {
            alerts.deliver(new Alert(site, recorded, outcome.alerting()));
        }
        return nextRegular(site, data);
    }

    private CompletionHandler<String> failed(MonitoredSite site, JobData data, RuntimeException e) {
        boolean last = data.attempt() >= settings.attempts();
        recordFailure(site, data, last ? RunStatus.FAILED : RunStatus.RETRYING, reason(e));
        if (last) {
            return nextRegular(site, data);
        }
        Duration pause = backoff(data.attempt());
        return (complete, operations) -> operations.reschedule(
                complete, clock.instant().plus(pause), data.retried().text());
    }

    /** The pause before attempt {@code attempt + 1}: the backoff, doubled per attempt, at most a day. */
    Duration backoff(int attempt) {
        Duration pause = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
        return pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause;
    }

    private void recordFailure(MonitoredSite site, JobData data, RunStatus status, String failure) {
        recorder.record(
                site,
                new SiteRun(
                        0,
                        site.id(),
                        data.dueAt(),
                        clock.instant(),
                        status,
                        data.attempt(),
                        settings.name(),
                        null,
                        null,
                        failure),
                List.of());
    }

    /** Back in the table for the next regular scan: one period after this one was due, never in the past. */
    private CompletionHandler<String> nextRegular(MonitoredSite site, JobData data) {
        Instant now = clock.instant();
        Instant next = data.dueAt().plus(site.site().every().period());
        Instant due = next.isBefore(now) ? now : next;
        return (complete, operations) -> operations.reschedule(complete, due, new JobData(due, 1).text());
    }

    private static String reason(RuntimeException e) {
        @Nullable String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
        return text.length() <= MAX_FAILURE_TEXT ? text : text.substring(0, MAX_FAILURE_TEXT);
    }
}
