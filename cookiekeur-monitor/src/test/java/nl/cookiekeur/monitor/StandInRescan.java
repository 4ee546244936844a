package nl.cookiekeur.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.StoredScan;
import nl.cookiekeur.monitoring.ChangeStatus;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.Rescan;
import nl.cookiekeur.monitoring.RescanOutcome;
import nl.cookiekeur.monitoring.SiteChange;

/** A scan replaced by a pause; counts how often each site ran and whether one ever ran twice at once. */
public final class StandInRescan implements Rescan {
    private final Duration pause;
    private final int failuresPerSite;
    private final AtomicLong numbers = new AtomicLong();
    private final Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();

    public StandInRescan(Duration pause, int failuresPerSite) {
        this.pause = pause;
        this.failuresPerSite = failuresPerSite;
    }

    @Override
    public RescanOutcome rescan(MonitoredSite site) {
        AtomicInteger now = running.computeIfAbsent(site.id(), id -> new AtomicInteger());
        if (now.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        try {
            int attempt = attempts.computeIfAbsent(site.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            Thread.sleep(pause.toMillis());
            if (attempt <= failuresPerSite) {
                throw new IllegalStateException("stand-in failure " + attempt);
            }
            StoredScan scan = new StoredScan(
                    numbers.incrementAndGet(),
                    site.host(),
                    site.site().url().toString(),
                    Instant.now(),
                    "geen",
                    0,
                    1,
                    0,
                    "/tmp",
                    "/tmp",
                    "test");
            return new RescanOutcome(
                    scan,
                    null,
                    List.of(new SiteChange(
                            new HistoryItem("cookie", "id@" + site.host(), "analytics"), ChangeStatus.NEW)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            now.decrementAndGet();
        }
    }

    /** How often a rescan of one site started while another of the same site was running. */
    public int overlaps() {
        return overlaps.get();
    }

    /** How often each site was attempted. */
    public int attempts(long siteId) {
        AtomicInteger count = attempts.get(siteId);
        return count == null ? 0 : count.get();
    }
}
