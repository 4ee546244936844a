package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import org.jspecify.annotations.Nullable;

/** Where an engine in {@link Isolation#CONTEXT_PER_PHASE} gets the fresh context of a phase. */
interface ContextSource extends AutoCloseable {

    /** A fresh context of a Chromium running with the host rules {@code rules} (or none). */
    BrowserContext newContext(@Nullable String rules, Browser.NewContextOptions options);

    /** Releases what the source holds; never throws. */
    @Override
    void close();
}
