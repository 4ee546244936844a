package nl.cookiekeur.scanner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nl.cookiekeur.scanner.PlaywrightSiteScanner.EngineFactory;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;

/**
 * One-slot scans that keep their engine (its Playwright driver and Chromium) for the next scan, as a monitor
 * worker would: a slot takes an idle engine or starts one, and when the slot stops the engine goes back to the
 * idle ones, until it has served {@code scans} scans or failed to open a context; then it is closed. An engine
 * passes from one scan's thread to the next only through this pool's lock, so one thread at a time uses it
 * (Playwright for Java is not thread-safe). Phases still get fresh contexts, as between the phases of one scan.
 */
final class KeptEngines implements AutoCloseable {
    private final EngineFactory factory;
    private final int scans;
    private final Deque<Kept> idle = new ArrayDeque<>();
    private boolean closed;

    KeptEngines(EngineFactory factory, int scans) {
        this.factory = factory;
        this.scans = scans;
    }

    /** The slot engines of one scan: each slot takes a kept engine or starts a new one. */
    SlotEngines forScan() {
        return new SlotEngines() {
            @Override
            public BrowserEngine start() throws BrowserStartException {
                return take();
            }

            @Override
            public void close() {
                // the engines go back to the pool when their slots close them
            }
        };
    }

    private BrowserEngine take() throws BrowserStartException {
        synchronized (this) {
            Kept kept = idle.pollFirst();
            if (kept != null) {
                return kept;
            }
        }
        return new Kept(factory.start());
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

    /** Closes every idle engine; engines still in use are closed when their slots stop. Never throws. */
    @Override
    public void close() {
        List<Kept> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(idle);
            idle.clear();
        }
        left.forEach(k -> k.engine.close());
    }

    /** An engine lent to one scan; closing it returns it to the pool or, when used up or broken, closes it. */
    private final class Kept implements BrowserEngine {
        private final BrowserEngine engine;
        private int served;
        private boolean broken;

        Kept(BrowserEngine engine) {
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
