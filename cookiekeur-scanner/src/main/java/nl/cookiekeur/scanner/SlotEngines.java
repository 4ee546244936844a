package nl.cookiekeur.scanner;

import nl.cookiekeur.scanner.PlaywrightSiteScanner.EngineFactory;
import nl.cookiekeur.scanner.browser.BrowserEngine;
import nl.cookiekeur.scanner.browser.BrowserStartException;

/**
 * The browser engines of one scan's slots, and what they share: each slot thread starts its own engine
 * (Playwright for Java is confined to a thread); closing this after every slot closed its engine releases what
 * the engines shared (with {@code SlotSharing.ONE_BROWSER}: the scan's one Chromium).
 */
public interface SlotEngines extends AutoCloseable {

    /** Starts the engine of the calling slot thread. */
    BrowserEngine start() throws BrowserStartException;

    /** Releases what the slots shared; never throws. */
    @Override
    void close();

    /** Every slot with an engine of its own from {@code factory}, nothing shared. */
    static SlotEngines separate(EngineFactory factory) {
        return new SlotEngines() {
            @Override
            public BrowserEngine start() throws BrowserStartException {
                return factory.start();
            }

            @Override
            public void close() {
                // nothing shared
            }
        };
    }
}
