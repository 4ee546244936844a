package nl.cookiekeur.scanner.statement;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * Benchmark (not a unit test): what finding and reading the statements adds to the initial phase, against
 * loading the start page itself (navigate until the load event) in the same profile and run. Run with the
 * test class path: {@code java -cp <test-classes>:<classes>:<dependencies>
 * nl.cookiekeur.scanner.statement.StatementCost [rounds]}.
 */
public final class StatementCost {

    private StatementCost() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (FixtureServer server = FixtureServer.start();
                ChromiumEngine engine = ChromiumEngine.start()) {
            for (FixtureSite site : List.of(
                    FixtureSite.BAKKERIJ_JANSEN, FixtureSite.SCHOONMAAKBEDRIJF_KOK, FixtureSite.DICHTERSGILDE)) {
                String url = server.url(site).toString();
                List<Long> load = new ArrayList<>();
                List<Long> statements = new ArrayList<>();
                int found = 0;
                for (int i = 0; i < rounds + 1; i++) {
                    try (PhaseBrowser browser = engine.open(
                            new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15)))) {
                        Page page = browser.tab();
                        long t0 = System.nanoTime();
                        page.navigate(url);
                        page.waitForLoadState(LoadState.LOAD);
                        long t1 = System.nanoTime();
                        found = Statements.read(
                                        page,
                                        browser::newTab,
                                        RegistrableDomain.ofUrl(url),
                                        System.nanoTime()
                                                + Duration.ofSeconds(30).toNanos(),
                                        (u, k, m) -> {})
                                .size();
                        long t2 = System.nanoTime();
                        if (i > 0) { // the first round warms up
                            load.add((t1 - t0) / 1_000_000);
                            statements.add((t2 - t1) / 1_000_000);
                        }
                    }
                }
                long a = median(load);
                long b = median(statements);
                System.out.printf(
                        Locale.ROOT,
                        "%s: start page %d ms, statements (%d) %d ms, ratio %.2f%n",
                        site.host(),
                        a,
                        found,
                        b,
                        a == 0 ? 0.0 : (double) b / a);
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
