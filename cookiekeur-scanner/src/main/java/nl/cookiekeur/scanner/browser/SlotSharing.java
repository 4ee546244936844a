package nl.cookiekeur.scanner.browser;

/** Whether the browser slots of one scan ({@code --parallel n}) share a Chromium. */
public enum SlotSharing {
    /**
     * One Chromium per scan: each slot keeps its own Playwright driver (Playwright for Java is not thread-safe)
     * and opens its phase contexts in the scan's one Chromium, attached over the DevTools port on the loopback
     * interface ({@link ChromiumHost}). The default: n slots cost n contexts and n drivers, not n browsers.
     * Applies to {@link Isolation#CONTEXT_PER_PHASE} with more than one slot.
     */
    ONE_BROWSER,
    /** Each slot launches a Chromium of its own: the engine before issue 15's item 5 levers, kept to compare. */
    BROWSER_PER_SLOT
}
