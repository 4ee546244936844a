package nl.cookiekeur.web.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #PER_ADDRESS} failed sign-ins for one address, or
 * {@link #PER_CLIENT} from one client, within {@link #WINDOW}, further attempts are refused until the oldest
 * failure leaves the window. Kept in memory: a restart forgets, which the Argon2id cost per guess makes
 * acceptable.
 */
public final class LoginThrottle {
    /** Failures per address within the window. */
    public static final int PER_ADDRESS = 5;
    /** Failures per client address within the window. */
    public static final int PER_CLIENT = 20;
    /** The window. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final int MOST_TRACKED = 100_000;

    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in for this address from this client may be tried now. */
    public boolean allows(String email, String client) {
        return recent("a:" + AccountStore.normalise(email)) < PER_ADDRESS && recent("c:" + client) < PER_CLIENT;
    }

    /** Records a failed sign-in. */
    public void failed(String email, String client) {
        if (failures.size() > MOST_TRACKED) {
            failures.clear();
        }
        add("a:" + AccountStore.normalise(email));
        add("c:" + client);
    }

    /** Forgets the failures of an address after a successful sign-in. */
    public void succeeded(String email) {
        failures.remove("a:" + AccountStore.normalise(email));
    }

    private void add(String key) {
        long now = clock.millis();
        failures.compute(key, (k, times) -> {
            Deque<Long> kept = times == null ? new ArrayDeque<>() : times;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
    }

    private int recent(String key) {
        long now = clock.millis();
        Deque<Long> times = failures.computeIfPresent(key, (k, kept) -> {
            prune(kept, now);
            return kept.isEmpty() ? null : kept;
        });
        return times == null ? 0 : times.size();
    }

    private static void prune(Deque<Long> times, long now) {
        Long oldest = times.peekFirst();
        while (oldest != null && oldest <= now - WINDOW.toMillis()) {
            times.pollFirst();
            oldest = times.peekFirst();
        }
    }
}
