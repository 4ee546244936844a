package nl.cookiekeur.scanner.browser;

/** How a {@link ChromiumEngine} gives every phase a fresh, isolated browser state. */
public enum Isolation {
    /**
     * One Chromium per engine, launched once with the profile that allows third-party cookies; each phase gets a
     * fresh isolated context of it (own cookies, storage, cache and service workers), closed after the phase. The
     * default: a phase costs a context instead of a browser process (issue 15, docs/benchmarks.md).
     */
    CONTEXT_PER_PHASE,
    /** A fresh Chromium process with its own temporary profile per phase: the engine before issue 15, kept to compare. */
    BROWSER_PER_PHASE
}
