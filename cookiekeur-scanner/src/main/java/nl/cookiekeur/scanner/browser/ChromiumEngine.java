package nl.cookiekeur.scanner.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chromium through Playwright for Java: the system's Chromium (Debian's {@code /usr/lib/chromium/chromium} or
 * {@code /usr/bin/chromium}) when present, else Playwright's own. Every phase gets fresh browser state that
 * allows third-party cookies, with automation masked, Dutch locale and the Amsterdam time zone: by default a
 * fresh context of the engine's one Chromium ({@link Isolation#CONTEXT_PER_PHASE}), or a fresh Chromium with its
 * own profile ({@link Isolation#BROWSER_PER_PHASE}).
 */
public final class ChromiumEngine implements BrowserEngine {
    /** Flags for every launch: quiet, no background traffic, masked automation. */
    static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-blink-features=AutomationControlled",
            "--lang=nl-NL");

    /**
     * Chromium features every launch switches off, none of which a page can observe: the spare renderer that
     * waits for a next navigation, and the omnibox pop-up's web UI, which headless Chromium otherwise renders,
     * unseen, in a renderer of its own for every context (≈ 25 MB and CPU per phase; docs/benchmarks.md).
     */
    static final List<String> FEATURES_OFF =
            List.of("SpareRendererForSitePerProcess", "WebUIOmniboxPopup", "WebUIOmniboxAimPopup");

    private static final List<String> SYSTEM_CHROMIUM = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final int DEFAULT_MAJOR = 151;
    /**
     * The driver's environment: no browser download, and a Node heap kept small (a worker runs one driver per
     * slot): a small young generation, and V8's {@code --optimize-for-size}, which Node does not accept in
     * {@code NODE_OPTIONS} and is therefore set by a module imported before the driver starts. In a driver test
     * they took a third off a driver's memory; inside a worker each driver gained only a few MB (docs/benchmarks.md).
     */
    private static final Map<String, String> DRIVER_ENVIRONMENT = Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
            "1",
            "NODE_OPTIONS",
            "--max-semi-space-size=1 --import \"data:text/javascript,import v8 from 'node:v8';"
                    + " v8.setFlagsFromString('--optimize-for-size')\"");

    /** What {@code chromium --version} said, per executable: asked once per process, not once per engine. */
    private static final Map<Path, String> REPORTED = new ConcurrentHashMap<>();

    private final Playwright playwright;
    private final @Nullable Path executable;
    private final String version;
    private final int major;
    private final Isolation isolation;
    private final ContextSource shared;

    private ChromiumEngine(
            Playwright playwright,
            @Nullable Path executable,
            String version,
            int major,
            Isolation isolation,
            @Nullable ChromiumEndpoint host) {
        this.playwright = playwright;
        this.executable = executable;
        this.version = version;
        this.major = major;
        this.isolation = isolation;
        this.shared = host == null
                ? new SharedChromium((profile, rules) -> launchPersistent(playwright, profile, rules))
                : new AttachedChromium(playwright, host);
    }

    /** Starts the Playwright driver and finds the browser; phases get fresh contexts of one Chromium. */
    public static ChromiumEngine start() throws BrowserStartException {
        return start(Isolation.CONTEXT_PER_PHASE);
    }

    /** Starts the Playwright driver and finds the browser; phases are isolated as {@code isolation} says. */
    public static ChromiumEngine start(Isolation isolation) throws BrowserStartException {
        return start(isolation, null);
    }

    /**
     * Starts this thread's Playwright driver and attaches to the scan's one Chromium of {@code host}
     * ({@link SlotSharing#ONE_BROWSER}); phases get fresh contexts of that Chromium.
     */
    public static ChromiumEngine attach(ChromiumEndpoint host) throws BrowserStartException {
        return start(Isolation.CONTEXT_PER_PHASE, host);
    }

    /**
     * Points this attached engine's next phase contexts at {@code endpoint}: a kept engine lent to the next scan.
     *
     * @throws IllegalStateException when this engine launched its own Chromium instead of attaching
     */
    public void attachTo(ChromiumEndpoint endpoint) {
        if (!(shared instanceof AttachedChromium attached)) {
            throw new IllegalStateException("this engine runs its own Chromium; it cannot attach to another");
        }
        attached.use(endpoint);
    }

    private static ChromiumEngine start(Isolation isolation, @Nullable ChromiumEndpoint host)
            throws BrowserStartException {
        Path executable = systemChromium();
        String reported =
                executable == null ? "" : REPORTED.computeIfAbsent(executable, ChromiumEngine::reportedVersion);
        Matcher matcher = VERSION.matcher(reported);
        boolean known = matcher.find();
        int major = known ? Integer.parseInt(matcher.group(1)) : DEFAULT_MAJOR;
        String version = known ? "Chromium " + matcher.group() : "Chromium (Playwright)";
        return new ChromiumEngine(driver(), executable, version, major, isolation, host);
    }

    /** Starts a Playwright driver (for the calling thread). */
    static Playwright driver() throws BrowserStartException {
        try {
            return Playwright.create(new Playwright.CreateOptions().setEnv(DRIVER_ENVIRONMENT));
        } catch (PlaywrightException e) {
            throw new BrowserStartException("Playwright could not start: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public PhaseBrowser open(BrowserSettings settings) throws BrowserStartException {
        return switch (isolation) {
            case CONTEXT_PER_PHASE -> openContext(settings);
            case BROWSER_PER_PHASE -> openBrowser(settings);
        };
    }

    private PhaseBrowser openContext(BrowserSettings settings) throws BrowserStartException {
        Device device = settings.device();
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(new ViewportSize(device.width(), device.height()))
                .setDeviceScaleFactor(device.scale())
                .setIsMobile(device.mobile())
                .setHasTouch(device.mobile())
                .setUserAgent(userAgent(device))
                .setIgnoreHTTPSErrors(settings.ignoreHttpsErrors())
                .setAcceptDownloads(false);
        try {
            BrowserContext context = shared.newContext(rules(settings), options);
            return new PhaseBrowser(timeouts(context, settings), () -> {});
        } catch (PlaywrightException e) {
            throw new BrowserStartException("Chromium could not start: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Launches the Chromium whose fresh contexts phases use: on the profile that allows third-party cookies,
     * without a viewport of its own (its default context stays empty; a driver adopts pages it did not open into
     * that context, and must not emulate anything on them).
     */
    static BrowserContext launchPersistent(
            Playwright playwright, ProfileDirectory profile, @Nullable String hostRules) {
        List<String> args = args(hostRules);
        BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
                .setHeadless(true)
                .setArgs(args)
                .setViewportSize(null)
                .setAcceptDownloads(false)
                .setTimeout(30_000);
        Path executable = systemChromium();
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        return playwright.chromium().launchPersistentContext(profile.path(), options);
    }

    private PhaseBrowser openBrowser(BrowserSettings settings) throws BrowserStartException {
        ProfileDirectory profile = ProfileDirectory.create();
        Device device = settings.device();
        BrowserType.LaunchPersistentContextOptions options = new BrowserType.LaunchPersistentContextOptions()
                .setHeadless(true)
                .setArgs(args(rules(settings)))
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam")
                .setViewportSize(new ViewportSize(device.width(), device.height()))
                .setDeviceScaleFactor(device.scale())
                .setIsMobile(device.mobile())
                .setHasTouch(device.mobile())
                .setUserAgent(userAgent(device))
                .setIgnoreHTTPSErrors(settings.ignoreHttpsErrors())
                .setAcceptDownloads(false)
                .setTimeout(30_000);
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        try {
            BrowserContext context = playwright.chromium().launchPersistentContext(profile.path(), options);
            return new PhaseBrowser(timeouts(context, settings), profile::close);
        } catch (PlaywrightException e) {
            profile.close();
            throw new BrowserStartException("Chromium could not start: " + firstLine(e.getMessage()), e);
        }
    }

    private static @Nullable String rules(BrowserSettings settings) {
        String rules = settings.hostRules();
        return rules == null || rules.isBlank() ? null : rules;
    }

    private static List<String> args(@Nullable String hostRules) {
        List<String> args = new ArrayList<>(FLAGS);
        // Playwright adds its own --disable-features before these; Chromium reads the last one, so it holds both
        args.add(PlaywrightSwitches.disabledFeatures(FEATURES_OFF));
        if (hostRules != null) {
            args.add("--host-resolver-rules=" + hostRules);
        }
        return args;
    }

    private static BrowserContext timeouts(BrowserContext context, BrowserSettings settings) {
        context.setDefaultNavigationTimeout(
                (double) settings.navigationTimeout().toMillis());
        context.setDefaultTimeout(
                (double) Math.min(10_000, settings.navigationTimeout().toMillis()));
        return context;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String userAgent(Device device) {
        return device.userAgent(major);
    }

    @Override
    public void close() {
        shared.close();
        try {
            playwright.close();
        } catch (PlaywrightException e) {
            // the driver is gone already
        }
    }

    /** Debian's Chromium when installed, else null (Playwright then looks for its own). */
    static @Nullable Path systemChromium() {
        for (String candidate : SYSTEM_CHROMIUM) {
            Path path = Paths.get(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }

    private static String reportedVersion(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            try (InputStream output = process.getInputStream()) {
                byte[] bytes = output.readNBytes(4096);
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
