package nl.cookiekeur.ledger.banner;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Banner benchmark, run by hand (not a test): gzip size of what the first layer needs, next to
 * vanilla-cookieconsent and Osano cookieconsent fetched with {@code npm pack} in the same run; and, in
 * Chromium, main-thread time at load (CDP Performance.getMetrics TaskDuration and ScriptDuration, median
 * over fresh contexts) and cumulative layout shift, against the same page without a banner.
 *
 * <pre>
 * ./mvnw -B -o -pl cookiekeur-consent test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.cookiekeur.ledger.banner.BannerBenchmark [-Dexec.args=25]
 * </pre>
 */
public final class BannerBenchmark {
    private static final String VANILLA = "vanilla-cookieconsent@3.1.0";
    private static final String OSANO = "cookieconsent@3.1.1";
    private static final String UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/140.0.0.0 Safari/537.36";

    private BannerBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        Path work = Files.createTempDirectory("banner-benchmark");
        Path vanilla = npmPack(VANILLA, work);
        Path osano = npmPack(OSANO, work);
        System.out.printf(Locale.ROOT, "Banner benchmark %s, %d runs per page%n%n", Instant.now(), runs);
        System.out.println("| banner | files | raw bytes | gzip -9 bytes |");
        System.out.println("|---|---|---:|---:|");
        byte[] ourJs = bytes("/nl/cookiekeur/ledger/web/banner.min.js");
        byte[] ourCss = bytes("/nl/cookiekeur/ledger/web/banner.css");
        size("Cookiekeur", "banner.min.js + banner.css", ourJs, ourCss);
        byte[] vanillaJs = Files.readAllBytes(vanilla.resolve("dist/cookieconsent.umd.js"));
        byte[] vanillaCss = Files.readAllBytes(vanilla.resolve("dist/cookieconsent.css"));
        size(VANILLA, "dist/cookieconsent.umd.js + dist/cookieconsent.css", vanillaJs, vanillaCss);
        size(
                OSANO,
                "build/cookieconsent.min.js + build/cookieconsent.min.css",
                Files.readAllBytes(osano.resolve("build/cookieconsent.min.js")),
                Files.readAllBytes(osano.resolve("build/cookieconsent.min.css")));

        try (BannerSiteServer site = new BannerSiteServer();
                BannerBrowser chromium = new BannerBrowser()) {
            site.extra("/vanilla/cookieconsent.umd.js", vanillaJs);
            site.extra("/vanilla/cookieconsent.css", vanillaCss);
            site.extra("/vanilla.html", vanillaPage().getBytes(StandardCharsets.UTF_8));
            site.extra("/vanilla/run.js", VANILLA_RUN.getBytes(StandardCharsets.UTF_8));
            String ours = site.pageUrl();
            String baseline = ours;
            String other = "http://www.winkel.test:" + site.port() + "/vanilla.html";
            System.out.println();
            System.out.println("| page | TaskDuration median ms | ScriptDuration median ms | extra main-thread ms vs"
                    + " no banner | CLS max |");
            System.out.println("|---|---:|---:|---:|---:|");
            // Interleave the pages run by run so machine noise hits all of them alike.
            List<double[]> none = new ArrayList<>();
            List<double[]> cookiekeur = new ArrayList<>();
            List<double[]> vanillaRuns = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                site.bannerScript("/nl/cookiekeur/ledger/web/banner.min.js");
                double[] a = visit(chromium, ours, ".ck-banner");
                double[] c = visit(chromium, other, "#cc-main .cm");
                site.bannerScript("");
                double[] b = visit(chromium, baseline, "h1");
                if (i >= 2) { // two warm-up rounds
                    cookiekeur.add(a);
                    vanillaRuns.add(c);
                    none.add(b);
                }
            }
            row("no banner (baseline)", none, none);
            row("Cookiekeur", cookiekeur, none);
            row(VANILLA, vanillaRuns, none);
        }
    }

    private static void size(String name, String files, byte[] js, byte[] css) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %,d | %,d (JS %,d + CSS %,d) |%n",
                name,
                files,
                js.length + css.length,
                GzipSize.of(js) + GzipSize.of(css),
                GzipSize.of(js),
                GzipSize.of(css));
    }

    /** Loads the page in a fresh context; returns TaskDuration ms, ScriptDuration ms and the CLS. */
    private static double[] visit(BannerBrowser chromium, String url, String ready) {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setUserAgent(UA))) {
            Page page = context.newPage();
            page.onPageError(e -> System.err.println("page error: " + e));
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("Performance.enable");
            page.navigate(url);
            page.locator(ready).first().waitFor();
            page.waitForTimeout(300);
            double task = 0;
            double script = 0;
            for (var metric : cdp.send("Performance.getMetrics").getAsJsonArray("metrics")) {
                String name = metric.getAsJsonObject().get("name").getAsString();
                double seconds = metric.getAsJsonObject().get("value").getAsDouble();
                if (name.equals("TaskDuration")) {
                    task = seconds * 1000;
                } else if (name.equals("ScriptDuration")) {
                    script = seconds * 1000;
                }
            }
            double cls = ((Number) page.evaluate("() => window.layoutShift")).doubleValue();
            return new double[] {task, script, cls};
        }
    }

    private static void row(String name, List<double[]> runs, List<double[]> baseline) {
        double task = median(runs, 0);
        System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %+.1f | %.4f |%n",
                name,
                task,
                median(runs, 1),
                task - median(baseline, 0),
                runs.stream().mapToDouble(r -> r[2]).max().orElse(0));
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static Path npmPack(String pkg, Path work) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(pkg.replace('@', '-').replace('/', '-')));
        run(dir, "npm", "pack", pkg, "--silent");
        try (var files = Files.list(dir)) {
            Path tgz =
                    files.filter(f -> f.toString().endsWith(".tgz")).findFirst().orElseThrow();
            run(dir, "tar", "-xzf", tgz.getFileName().toString());
        }
        return dir.resolve("package");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    /** The same test page with vanilla-cookieconsent (and no CSP) instead of the Cookiekeur banner. */
    private static String vanillaPage() {
        String page = BannerSiteServer.resource("/nl/cookiekeur/ledger/banner/site/index.html");
        String ours = page.substring(
                page.indexOf("<script src=\"{{LEDGER}}"),
                page.indexOf("</script>", page.indexOf("<script src=\"{{LEDGER}}")) + 9);
        return page.replace("{{LANG}}", "nl")
                .replace(
                        ours,
                        "<link rel=\"stylesheet\" href=\"/vanilla/cookieconsent.css\">"
                                + "<script src=\"/vanilla/cookieconsent.umd.js\" defer></script>"
                                + "<script defer src=\"/vanilla/run.js\"></script>")
                .replace(" nonce=\"{{NONCE}}\"", "");
    }

    private static final String VANILLA_RUN = "CookieConsent.run({categories:{necessary:{enabled:true,"
            + "readOnly:true},analytics:{},marketing:{}},language:{default:'nl',translations:{nl:{consentModal:"
            + "{title:'Cookies',description:'Wij vragen uw toestemming.',acceptAllBtn:'Alles accepteren',"
            + "acceptNecessaryBtn:'Alles weigeren',showPreferencesBtn:'Instellingen'},preferencesModal:{title:"
            + "'Instellingen',acceptAllBtn:'Alles accepteren',acceptNecessaryBtn:'Alles weigeren',"
            + "savePreferencesBtn:'Opslaan',sections:[]}}}}});";

    private static byte[] bytes(String resource) {
        return BannerSiteServer.resource(resource).getBytes(StandardCharsets.UTF_8);
    }
}
