package nl.cookiekeur.ledger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per site and client: a client may record {@code burst} choices for a site at once and then
 * {@code perSecond} a second. Buckets that filled up again are forgotten when there are many, so memory stays
 * bounded by the clients active within the last {@code burst / perSecond} seconds.
 */
final class ChoiceRateLimit {
    private static final int FORGET_ABOVE = 10_000;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    private record Key(String siteId, String client) {}

    /** A limit of {@code perSecond} (0 for none) with bursts of {@code burst}, timed by {@code nanoTime}. */
    ChoiceRateLimit(double perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one token of the client's bucket for the site: 0 when the choice may be recorded, else the whole
     * seconds to wait before the next one may (for {@code Retry-After}).
     */
    long take(String siteId, String client) {
        if (perSecond <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(new Key(siteId, client), key -> new Bucket(now))
                .take(now);
    }

    private final class Bucket {
        private double tokens = burst;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens--;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
        }
    }
}
