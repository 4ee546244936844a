package nl.cookiekeur.scanner.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Chromium processes a long-running scanner (a monitor worker) keeps between scans: one {@link ChromiumHost}
 * per set of host rules (they are a launch flag), shared by every scan running with those rules. A scan holds a
 * {@link Lease}; a Chromium that has served {@code scansPerChromium} scans is retired (new scans get a fresh one)
 * and closed when its last lease ends, so memory a long-lived browser gathers is given back regularly. When a scan
 * asks for other rules, idle Chromiums of other rules are closed, so at most one idle Chromium is kept.
 */
public final class ChromiumHosts implements AutoCloseable {
    private final int scansPerChromium;
    private final Map<String, Entry> current = new HashMap<>();
    private boolean closed;

    /** Keeps each Chromium for at most {@code scansPerChromium} scans (1 to 10,000). */
    public ChromiumHosts(int scansPerChromium) {
        if (scansPerChromium < 1 || scansPerChromium > 10_000) {
            throw new IllegalArgumentException("scansPerChromium must be 1 to 10000: " + scansPerChromium);
        }
        this.scansPerChromium = scansPerChromium;
    }

    /** A lease for one scan: its slots attach through it; close it when the scan ends. */
    public Lease lease() {
        return new Lease();
    }

    /** How many Chromium hosts are kept now (running or ready to launch), retired ones still in use excluded. */
    public synchronized int kept() {
        return current.size();
    }

    private synchronized Entry acquire(String key) throws BrowserStartException {
        if (closed) {
            throw new BrowserStartException("the scanner was closed");
        }
        Entry entry = current.get(key);
        if (entry == null || entry.served >= scansPerChromium) {
            if (entry != null) {
                current.remove(key);
                retire(entry);
            }
            for (Entry other : new ArrayList<>(current.values())) {
                if (other.leases == 0) {
                    current.values().remove(other);
                    retire(other);
                }
            }
            entry = new Entry();
            current.put(key, entry);
        }
        entry.leases++;
        entry.served++;
        return entry;
    }

    private synchronized void release(Entry entry) {
        entry.leases--;
        if (entry.leases == 0 && entry.retired) {
            entry.host.close();
        }
    }

    private static void retire(Entry entry) {
        entry.retired = true;
        if (entry.leases == 0) {
            entry.host.close();
        }
    }

    /** Closes every Chromium no scan uses; those still leased close when their last lease ends. Never throws. */
    @Override
    public synchronized void close() {
        closed = true;
        List<Entry> all = new ArrayList<>(current.values());
        current.clear();
        all.forEach(ChromiumHosts::retire);
    }

    private static String key(@Nullable String rules) {
        return Objects.requireNonNullElse(rules, "");
    }

    /** One kept Chromium with the scans that hold it. */
    private static final class Entry {
        final ChromiumHost host = new ChromiumHost();
        int leases;
        int served;
        boolean retired;
    }

    /**
     * One scan's hold on the kept Chromiums: the first time a slot asks for a set of host rules, the scan takes the
     * current Chromium for them, and keeps it until the lease closes (a Chromium retired meanwhile stays up for it).
     */
    public final class Lease implements ChromiumEndpoint, AutoCloseable {
        private final Map<String, Entry> held = new HashMap<>();

        private Lease() {}

        @Override
        public String endpoint(@Nullable String rules) throws BrowserStartException {
            Entry entry;
            synchronized (this) {
                entry = held.get(key(rules));
                if (entry == null) {
                    entry = acquire(key(rules));
                    held.put(key(rules), entry);
                }
            }
            return entry.host.endpoint(rules);
        }

        /** Gives the held Chromiums back; never throws. */
        @Override
        public void close() {
            List<Entry> given;
            synchronized (this) {
                given = new ArrayList<>(held.values());
                held.clear();
            }
            given.forEach(ChromiumHosts.this::release);
        }
    }
}
