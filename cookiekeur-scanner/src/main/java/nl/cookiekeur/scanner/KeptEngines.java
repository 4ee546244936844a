package nl.cookiekeur.scanner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.ChromiumHosts;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;

/**
 * Browser engines kept across scans, as a monitor worker keeps them: every slot of every scan attaches its own
 * Playwright driver to a kept Chromium ({@link ChromiumHosts}, one per set of host rules), each phase in a fresh
 * context as between the phases of one scan. A slot takes an idle engine (driver) or starts one; when the slot
 * stops, the engine goes back to the idle ones, until it has served {@code scans} scans or failed to open a context;
 * then it is closed. An engine passes from one scan's thread to the next only through this pool's lock, so one
 * thread at a time uses it (Playwright for Java is not thread-safe, but allows a hand-over with synchronisation).
 */
final class KeptEngines implements AutoCloseable {
    /** How many scans a kept Chromium serves for each scan a kept driver serves. */
    static final int CHROMIUM_PER_DRIVER = 5;

    private final ChromiumHosts hosts;
    private final int scans;
    private final Deque<Kept> idle = new ArrayDeque<>();
    private boolean closed;

    /** Engines kept for {@code scans} scans each, attached to Chromiums kept for {@code 5 × scans} scans each. */
    KeptEngines(int scans) {
        this.hosts = new ChromiumHosts(Math.max(1, scans) * CHROMIUM_PER_DRIVER);
        this.scans = Math.max(1, scans);
    }

    /** The slot engines of one scan: each slot takes a kept engine or starts a new one. */
    SlotEngines forScan() {
        ChromiumHosts.Lease lease = hosts.lease();
        return new SlotEngines() {
            @Override
            public BrowserEngine start() throws BrowserStartException {
                return take(lease);
            }

            @Override
            public void close() {
                lease.close(); // the engines went back to the pool when their slots closed them
            }
        };
    }

    private BrowserEngine take(ChromiumHosts.Lease lease) throws BrowserStartException {
        Kept kept;
        synchronized (this) {
            if (closed) {
                throw new BrowserStartException("the scanner was closed");
            }
            kept = idle.pollFirst();
        }
        if (kept == null) {
            return new Kept(ChromiumEngine.attach(lease));
        }
        kept.engine.attachTo(lease);
        return kept;
    }

    private void giveBack(Kept kept) {
        synchronized (this) {
            if (!closed) {
                idle.addFirst(kept);
                return;
            }
        }
        kept.engine.close();
    }

    /** How many engines wait idle for the next scan. */
    synchronized int idle() {
        return idle.size();
    }

    /** Closes every idle engine and kept Chromium; those in use close when their slots stop. Never throws. */
    @Override
    public void close() {
        List<Kept> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(idle);
            idle.clear();
        }
        left.forEach(k -> k.engine.close());
        hosts.close();
    }

    /** An engine lent to one scan's slot; closing it returns it to the pool or, when used up or broken, closes it. */
    private final class Kept implements BrowserEngine {
        private final ChromiumEngine engine;
        private int served;
        private boolean broken;

        Kept(ChromiumEngine engine) {
            this.engine = engine;
        }

        @Override
        public PhaseBrowser open(BrowserSettings settings) throws BrowserStartException {
            try {
                return engine.open(settings);
            } catch (BrowserStartException | RuntimeException e) {
                broken = true;
                throw e;
            }
        }

        @Override
        public String version() {
            return engine.version();
        }

        @Override
        public String userAgent(Device device) {
            return engine.userAgent(device);
        }

        @Override
        public void close() {
            served++;
            if (broken || served >= scans) {
                engine.close();
            } else {
                giveBack(this);
            }
        }
    }
}
