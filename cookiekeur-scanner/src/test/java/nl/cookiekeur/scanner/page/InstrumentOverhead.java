package nl.cookiekeur.scanner.page;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * Benchmark (not a unit test): page load time with and without the instruments on the same pages in the same
 * run, alternating, and the time {@link PageInstruments#collect} takes. Run with the test class path:
 * {@code java -cp <test-classes>:<classes>:<dependencies> nl.cookiekeur.scanner.page.InstrumentOverhead [rounds]}.
 */
public final class InstrumentOverhead {

    private InstrumentOverhead() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (TestSites sites = TestSites.start()) {
            TestPages.register(sites);
            String rules = sites.hostRules(
                    PageInstrumentsTest.SHOP,
                    PageInstrumentsTest.FP,
                    PageInstrumentsTest.TRACKER,
                    PageInstrumentsTest.WIDGET,
                    "cdn.jsdelivr.net");
            try (TestBrowser plain = TestBrowser.launch(rules, false);
                    TestBrowser instrumented = TestBrowser.launch(rules, true)) {
                PageInstruments instruments = new PageInstruments();
                for (String path : List.of("/fingerprintjs.html", "/probes.html", "/storage.html")) {
                    String url = TestSites.url(PageInstrumentsTest.SHOP, path);
                    List<Long> without = new ArrayList<>();
                    List<Long> with = new ArrayList<>();
                    List<Long> collect = new ArrayList<>();
                    for (int i = 0; i < rounds + 2; i++) {
                        long a = visit(plain, url, null, null);
                        long[] c = new long[1];
                        long b = visit(instrumented, url, instruments, c);
                        if (i >= 2) { // two warm-up rounds
                            without.add(a);
                            with.add(b);
                            collect.add(c[0]);
                        }
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "%-20s load without %6.1f ms, with %6.1f ms (ratio %.2f); collect %6.1f ms (median of %d)%n",
                            path,
                            median(without),
                            median(with),
                            median(with) / median(without),
                            median(collect),
                            rounds);
                }
            }
        }
    }

    private static long visit(
            TestBrowser browser, String url, @Nullable PageInstruments instruments, long @Nullable [] collectMillis) {
        long start = System.nanoTime();
        Page page = browser.open(url);
        long loaded = System.nanoTime() - start;
        try {
            if (instruments != null && collectMillis != null) {
                long c = System.nanoTime();
                instruments.collect(page, Phase.INITIAL, url);
                collectMillis[0] = (System.nanoTime() - c) / 1_000_000;
            }
        } finally {
            page.close();
        }
        return loaded / 1_000_000;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
