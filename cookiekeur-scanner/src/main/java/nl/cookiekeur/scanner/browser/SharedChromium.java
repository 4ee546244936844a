package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one Chromium of an engine in {@link Isolation#CONTEXT_PER_PHASE}: launched on first use through a
 * persistent launch of a profile that allows third-party cookies (contexts of that browser inherit the preference,
 * see docs/browser-notes), and launched again when it has gone away (a crash) or when a phase asks for other host
 * rules (they are a launch flag). Its own default context stays empty; phases use fresh contexts of it.
 */
final class SharedChromium implements ContextSource {
    /** Launches Chromium on a profile folder with the given host rules (or none). */
    @FunctionalInterface
    interface Launcher {
        BrowserContext launch(ProfileDirectory profile, @Nullable String hostRules);
    }

    private final Launcher launcher;
    private @Nullable BrowserContext root;
    private @Nullable ProfileDirectory profile;
    private @Nullable String hostRules;

    SharedChromium(Launcher launcher) {
        this.launcher = launcher;
    }

    /** A fresh context of the browser launched with {@code rules}. */
    @Override
    public BrowserContext newContext(@Nullable String rules, Browser.NewContextOptions options) {
        Browser browser = browser(rules);
        try {
            return browser.newContext(options);
        } catch (PlaywrightException e) {
            if (browser.isConnected()) {
                throw e;
            }
            // the browser died between the check and the call: once more with a fresh one
            return browser(rules).newContext(options);
        }
    }

    /** The running browser with {@code rules}, launched (again) when there is none or it went away. */
    Browser browser(@Nullable String rules) {
        BrowserContext current = root;
        Browser running = current == null ? null : current.browser();
        if (running != null && running.isConnected() && Objects.equals(hostRules, rules)) {
            return running;
        }
        close();
        ProfileDirectory fresh = ProfileDirectory.create();
        BrowserContext launched;
        try {
            launched = launcher.launch(fresh, rules);
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
        Browser browser = launched.browser();
        if (browser == null) {
            launched.close();
            fresh.close();
            throw new PlaywrightException("the persistent launch gave no browser to open contexts in");
        }
        for (Page page : launched.pages()) {
            page.close(); // the launch's own blank tab would keep a renderer alive for nothing
        }
        root = launched;
        profile = fresh;
        hostRules = rules;
        return browser;
    }

    /** Closes the browser and deletes its profile; never throws. */
    @Override
    public void close() {
        BrowserContext current = root;
        ProfileDirectory folder = profile;
        root = null;
        profile = null;
        try {
            if (current != null) {
                current.close();
            }
        } catch (PlaywrightException e) {
            // the browser is gone already
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
    }
}
