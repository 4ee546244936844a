package nl.cookiekeur.monitor.engine;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a job did not end normally: a worker that stopped heartbeating (killed, machine lost) or an error that
 * escaped the rescan (the database went away while recording). Either way the job is put back as the next
 * attempt at the same due scan, so another worker takes it over, and {@link RescanJob} reports it as failed
 * once the attempts are used up.
 */
final class JobRecovery implements FailureHandler<String>, DeadExecutionHandler<String> {
    private final Clock clock;
    private final Duration pause;

    JobRecovery(Clock clock, Duration pause) {
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
        putBack(complete, operations, clock.instant().plus(pause));
    }

    @Override
    public void deadExecution(ExecutionComplete complete, ExecutionOperations<String> operations) {
        putBack(complete, operations, clock.instant());
    }

    private static void putBack(ExecutionComplete complete, ExecutionOperations<String> operations, Instant when) {
        Object data = complete.getExecution().taskInstance.getData();
        JobData next = JobData.parse(data instanceof String text ? text : null, complete.getExecution().executionTime)
                .retried();
        operations.reschedule(complete, when, next.text());
    }
}
