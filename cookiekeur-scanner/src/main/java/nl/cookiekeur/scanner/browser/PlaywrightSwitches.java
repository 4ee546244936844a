package nl.cookiekeur.scanner.browser;

import java.util.List;

/**
 * The command-line switches Playwright for Java (the version in the build) gives a headless Chromium it launches,
 * for a Chromium launched without a driver ({@link ChromiumProcess}): the same switches make it behave as a
 * Playwright-launched one (no timer throttling or renderer backgrounding, eager iframes, unpartitioned third-party
 * storage, no back/forward cache, no paint holding, fixed colour profile and hover/pointer types). Kept as data
 * because Playwright computes them inside its Node driver; {@code PlaywrightSwitchesTest} compares this list with
 * the command line of a Chromium Playwright launched, so a Playwright upgrade that changes them fails the build.
 */
final class PlaywrightSwitches {
    /** Every switch Playwright 1.62 adds for a headless persistent launch, in its order. */
    static final List<String> HEADLESS = List.of(
            "--disable-field-trial-config",
            "--disable-background-networking",
            "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows",
            "--disable-back-forward-cache",
            "--disable-breakpad",
            "--disable-client-side-phishing-detection",
            "--disable-component-extensions-with-background-pages",
            "--disable-component-update",
            "--no-default-browser-check",
            "--disable-default-apps",
            "--disable-dev-shm-usage",
            "--disable-edgeupdater",
            "--disable-extensions",
            "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,BoundaryEventDispatchTracksNodeRemoval,"
                    + "DestroyProfileOnBrowserClose,DialMediaRouteProvider,GlobalMediaControls,HttpsUpgrades,"
                    + "LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,"
                    + "BlockOriginHeaderModificationOnRedirect,Translate,AutoDeElevate,OptimizationHints,"
                    + "msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion",
            "--enable-features=CDPScreenshotNewSurface",
            "--allow-pre-commit-input",
            "--disable-hang-monitor",
            "--disable-ipc-flooding-protection",
            "--disable-popup-blocking",
            "--disable-prompt-on-repost",
            "--disable-renderer-backgrounding",
            "--disable-updater-scheduler",
            "--force-color-profile=srgb",
            "--metrics-recording-only",
            "--no-first-run",
            "--password-store=basic",
            "--use-mock-keychain",
            "--no-service-autorun",
            "--export-tagged-pdf",
            "--disable-search-engine-choice-screen",
            "--unsafely-disable-devtools-self-xss-warnings",
            "--edge-skip-compat-layer-relaunch",
            "--disable-infobars",
            "--disable-sync",
            "--enable-unsafe-swiftshader",
            "--headless",
            "--hide-scrollbars",
            "--mute-audio",
            "--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4");

    private static final String DISABLE_FEATURES = "--disable-features=";
    private static final String ENABLE_FEATURES = "--enable-features=";

    private PlaywrightSwitches() {}

    /**
     * The one {@code --disable-features} switch with Playwright's features and {@code disabled}: given after
     * Playwright's own (a launch through the driver), it is the one Chromium reads and still holds Playwright's.
     */
    static String disabledFeatures(List<String> disabled) {
        return with(disabled, List.of()).stream()
                .filter(s -> s.startsWith(DISABLE_FEATURES))
                .findFirst()
                .orElseThrow();
    }

    /**
     * {@link #HEADLESS} with more Chromium features switched off and on, added to Playwright's own lists (Chromium
     * reads only the last {@code --disable-features} and {@code --enable-features} switch, so a second one would
     * silently undo Playwright's).
     */
    static List<String> with(List<String> disabled, List<String> enabled) {
        return HEADLESS.stream()
                .map(s -> s.startsWith(DISABLE_FEATURES) && !disabled.isEmpty()
                        ? s + "," + String.join(",", disabled)
                        : s.startsWith(ENABLE_FEATURES) && !enabled.isEmpty() ? s + "," + String.join(",", enabled) : s)
                .toList();
    }
}
