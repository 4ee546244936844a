package nl.cookiekeur.ledger.banner;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.cookiekeur.consent.ChainVerification;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.ledger.Ledger;
import nl.cookiekeur.ledger.LedgerServer;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.api.Test;

/** The real server's demo page with the real banner in Chromium: gated before, released after accept, recorded. */
class DemoPageBrowserTest {

    @Test
    void acceptOnTheDemoPageReleasesTheScriptAndIsRecorded() throws Exception {
        Path folder = Files.createTempDirectory("ck-demo-");
        try (Ledger ledger = Ledger.open(Database::open, "jdbc:h2:file:" + folder.resolve("db"), Clock.systemUTC());
                LedgerServer server = LedgerServer.start(ledger, new ServerSettings("127.0.0.1", 0, null, null));
                BannerBrowser browser = new BannerBrowser();
                BrowserContext context = browser.browser().newContext()) {
            Page page = context.newPage();
            StringBuilder console = new StringBuilder();
            page.onConsoleMessage(
                    m -> console.append(m.type()).append(": ").append(m.text()).append('\n'));
            page.navigate(server.address().toString());
            page.waitForSelector("[data-ck=accept]");
            assertThat(page.textContent("#analytics-status")).contains("niet geladen");
            assertThat(context.cookies()).extracting(c -> c.name).doesNotContain("demo_analytics");
            page.click("[data-ck=accept]");
            page.waitForFunction("document.getElementById('analytics-status').textContent.includes('is geladen')");
            assertThat(context.cookies()).extracting(c -> c.name).contains("demo_analytics", "ck_consent");
            long deadline = System.currentTimeMillis() + 5_000;
            ChainVerification verification = ledger.verify("demo");
            while (verification.recordsChecked() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                verification = ledger.verify("demo");
            }
            assertThat(verification.recordsChecked()).as(console.toString()).isEqualTo(1);
            assertThat(verification.intact()).isTrue();
            assertThat(console.toString()).doesNotContain("Content Security Policy");
        }
    }
}
