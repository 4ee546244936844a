package nl.cookiekeur.scanner;

import nl.cookiekeur.scanner.PlaywrightSiteScanner.EngineFactory;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserStartException;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.ChromiumHost;
import nl.cookiekeur.scanner.browser.Isolation;
import nl.cookiekeur.scanner.browser.SlotSharing;

/**
 * Chromium engines as the {@link ScanLevers} say: with a context per phase, {@link SlotSharing#ONE_BROWSER} and
 * more than one slot, the slots of a scan attach to one {@link ChromiumHost}; with {@code keptForScans} every slot
 * takes a kept engine attached to a kept Chromium ({@link KeptEngines}); otherwise each slot starts its own.
 */
record ChromiumEngines(ScanLevers levers, KeptEngines kept) implements EngineFactory {

    ChromiumEngines(ScanLevers levers) {
        this(levers, new KeptEngines(levers.keptForScans()));
    }

    @Override
    public BrowserEngine start() throws BrowserStartException {
        return ChromiumEngine.start(levers.isolation());
    }

    @Override
    public SlotEngines forScan(int slots) {
        if (levers.keptForScans() > 0 && levers.isolation() == Isolation.CONTEXT_PER_PHASE) {
            return kept.forScan();
        }
        if (slots < 2
                || levers.isolation() != Isolation.CONTEXT_PER_PHASE
                || levers.sharing() != SlotSharing.ONE_BROWSER) {
            return SlotEngines.separate(this);
        }
        ChromiumHost host = new ChromiumHost();
        return new SlotEngines() {
            @Override
            public BrowserEngine start() throws BrowserStartException {
                return ChromiumEngine.attach(host);
            }

            @Override
            public void close() {
                host.close();
            }
        };
    }
}
