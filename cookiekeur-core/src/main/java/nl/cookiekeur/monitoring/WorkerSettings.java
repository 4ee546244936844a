package nl.cookiekeur.monitoring;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a worker runs.
 *
 * @param jdbcUrl the shared database, or {@code null} for the embedded default (then the engine runs in this
 *     process only)
 * @param name the worker's name in the job table (unique per running worker)
 * @param browsers how many scans run at once (1 to 16)
 * @param pollInterval how often it looks for due scans
 * @param heartbeat how often it tells the database it is still scanning
 * @param missedHeartbeats after how many missed heartbeats another worker takes the scan over
 * @param attempts how many times a due scan is tried before it is reported as failed (1 to 10)
 * @param backoff the pause before the first retry; it doubles for each next one
 * @param alerts how alerts are sent
 */
public record WorkerSettings(
        @Nullable String jdbcUrl,
        String name,
        int browsers,
        Duration pollInterval,
        Duration heartbeat,
        int missedHeartbeats,
        int attempts,
        Duration backoff,
        AlertSettings alerts) {

    public WorkerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(alerts, "alerts");
        if (browsers < 1 || browsers > 16) {
            throw new IllegalArgumentException("browsers must be 1..16: " + browsers);
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1..10: " + attempts);
        }
        if (missedHeartbeats < 2 || missedHeartbeats > 100) {
            throw new IllegalArgumentException("missedHeartbeats must be 2..100: " + missedHeartbeats);
        }
    }

    /** How long a silent worker's scan waits before another worker takes it over (at most twice this, in fact). */
    public Duration takeOverAfter() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }
}
