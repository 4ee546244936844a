package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Wall-clock figures for docs/benchmarks.md, not a test: run with {@code -Dcookiekeur.bench=true
 * -Dtest=BannerTimingBenchmark}. For each page: the median of five fresh-context runs of loading the page (the
 * baseline) and of each operator call on a freshly loaded page.
 */
@EnabledIfSystemProperty(named = "cookiekeur.bench", matches = "true")
@Tag("chromium")
class BannerTimingBenchmark {

    private static final int RUNS = 5;

    @Test
    void measure() {
        BannerOperator operator = BannerOperator.shipped();
        try (FixtureServer server = FixtureServer.start();
                TestBrowser browser = TestBrowser.launch(server.hostRules());
                TestPages pages = new TestPages()) {
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put(
                    "vanilla-cookieconsent",
                    server.url(FixtureSite.BAKKERIJ_JANSEN).toString());
            urls.put("klaro", pages.put("/klaro", CmpLibraryTest.KLARO_PAGE));
            urls.put("tarteaucitron", pages.put("/tarte", CmpLibraryTest.TARTEAUCITRON_PAGE));
            urls.put("generic (Dutch)", pages.put("/generic", GenericBannerTest.DUTCH_BANNER));
            urls.put("no banner", pages.put("/none", "<!doctype html><html><body><h1>Niets</h1></body></html>"));
            Map<String, Function<Page, Object>> calls = new LinkedHashMap<>();
            for (var entry : urls.entrySet()) {
                String url = entry.getValue();
                calls.clear();
                calls.put("observe", p -> operator.observe(p, Phase.INITIAL, url, false, ScreenshotTaker.NONE));
                calls.put("observe+settings", p -> operator.observe(p, Phase.INITIAL, url, true, ScreenshotTaker.NONE));
                calls.put("reject", p -> operator.reject(p, Phase.REJECT, url, ScreenshotTaker.NONE));
                calls.put("accept", p -> operator.accept(p, Phase.ACCEPT, url, ScreenshotTaker.NONE));
                StringBuilder line = new StringBuilder("BENCH " + entry.getKey());
                List<Long> loads = new ArrayList<>();
                for (var call : calls.entrySet()) {
                    List<Long> times = new ArrayList<>();
                    String result = "";
                    for (int i = 0; i < RUNS; i++) {
                        Page page = browser.newPage();
                        long t0 = System.nanoTime();
                        page.navigate(url);
                        long t1 = System.nanoTime();
                        result = summary(call.getValue().apply(page));
                        long t2 = System.nanoTime();
                        loads.add((t1 - t0) / 1_000_000);
                        times.add((t2 - t1) / 1_000_000);
                        TestBrowser.closeContext(page);
                    }
                    line.append(String.format(Locale.ROOT, " | %s %d ms (%s)", call.getKey(), median(times), result));
                }
                line.append(String.format(Locale.ROOT, " | load %d ms", median(loads)));
                System.out.println(line);
            }
        }
    }

    private static String summary(Object result) {
        return switch (result) {
            case nl.cookiekeur.evidence.BannerObservation o -> o.found() ? o.detector() : "none";
            case nl.cookiekeur.evidence.ConsentChoice c ->
                c.outcome() + " layer " + c.layer() + " " + c.steps() + " " + c.note();
            default -> "";
        };
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
