package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import nl.cookiekeur.account.Role;
import nl.cookiekeur.consent.ConsentLedger;
import nl.cookiekeur.consent.RunningServer;
import nl.cookiekeur.consent.ServerLimits;
import nl.cookiekeur.consent.ServerSettings;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.ledger.LedgerPlatform;
import nl.cookiekeur.ledger.RouteExtension;
import nl.cookiekeur.scanner.archive.NdjsonEvidenceArchive;
import nl.cookiekeur.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main flow with the keyboard alone (Tab, Shift+Tab, Enter, Space; no mouse, no direct navigation after
 * the start page): the wizard to an advice, signing in, adding and opening a site, and its consent page. Every
 * element that gets focus on the way must show a visible focus indicator.
 */
@Tag("chromium")
class KeyboardBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** What has focus, and whether it shows an outline or a shadow: {@code ok|TAG|id|text}. */
    private static final String FOCUSED = "() => { const e = document.activeElement;"
            + " if (!e || e === document.body) return 'none|BODY||';"
            + " if (e.tagName === 'IFRAME') return 'frame|IFRAME|' + e.id + '|';"
            + " const s = getComputedStyle(e);"
            + " const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
            + " return (ring ? 'ok' : 'invisible') + '|' + e.tagName + '|' + e.id + '|'"
            + " + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 60); }";

    private static final int MAX_TABS = 250;

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static WebBrowser browser;

    @BeforeAll
    static void start() {
        String databaseUrl = "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath();
        WebApp web = WebTestServer.webApp(folder, null);
        RouteExtension extension = new RouteExtension() {
            @Override
            public AutoCloseable register(JavalinConfig config, ServerSettings settings, ConsentLedger ledger) {
                return web.register(config, settings, ledger);
            }
        };
        server = new LedgerPlatform(
                        Clock.systemUTC(),
                        KnowledgeFirstClassifier.shipped(KnowledgeBases.load()),
                        new NdjsonEvidenceArchive(),
                        Database::open,
                        extension)
                .serve(new ServerSettings("127.0.0.1", 0, databaseUrl, null, ServerLimits.DEFAULT, false));
        web.accounts().add(databaseUrl, "toetsenbord@voorbeeld.nl", Role.EDITOR, PASSWORD.toCharArray());
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void theMainFlowWorksWithTheKeyboardAloneAndFocusIsAlwaysVisible() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.address().resolve("/app").toString());

            tabTo(page, "Naar de inhoud");
            tabTo(page, "Beslisboom-advies");
            page.keyboard().press("Enter");
            page.waitForURL("**/app/advies");
            int questions = 0;
            while (!page.locator("h1").textContent().startsWith("Advies ")) {
                assertThat(++questions).as("questions before an advice").isLessThan(40);
                tabTo(page, "|Nee");
                String before = page.url();
                page.keyboard().press("Enter");
                page.waitForURL(url -> !url.equals(before));
            }
            assertThat(page.locator(".advice h1").textContent()).startsWith("Advies");
            browser.assertAccessible(page);

            tabTo(page, "Inloggen");
            page.keyboard().press("Enter");
            page.waitForURL("**/app/inloggen");
            tabTo(page, "|INPUT|email|");
            page.keyboard().type("toetsenbord@voorbeeld.nl");
            page.keyboard().press("Tab");
            assertThat(focused(page)).startsWith("ok|INPUT|password|");
            page.keyboard().type(PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL("**/app/sites");

            tabTo(page, "|INPUT|address|");
            page.keyboard().type("https://www.toetsenbord-winkel.nl/");
            page.keyboard().press("Enter");
            page.waitForURL("**/app/sites?toegevoegd=1");
            assertThat(page.locator("p.success").textContent()).isEqualTo("De site is toegevoegd.");
            tabTo(page, "|A||www.toetsenbord-winkel.nl");
            page.keyboard().press("Enter");
            page.waitForURL("**/app/sites/*");
            tabTo(page, "|A|consent-link|");
            page.keyboard().press("Enter");
            page.waitForURL("**/toestemming");
            assertThat(page.locator("h1").textContent()).isEqualTo("Toestemming: www.toetsenbord-winkel.nl");
            tabTo(page, "Geavanceerd: de configuratie als JSON bewerken");
            page.keyboard().press("Space");
            assertThat(page.locator("details.advanced[open]").count()).isOne();
            page.keyboard().press("Shift+Tab");
            assertThat(focused(page)).startsWith("ok|BUTTON|");
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "keyboard-consent");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    /** Presses Tab until the focused element's description contains {@code wanted}; each stop must show focus. */
    private static void tabTo(Page page, String wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            String now = focused(page);
            if (now.startsWith("none|") || now.startsWith("frame|")) {
                // the banner preview's own buttons (the real banner, with its own focus style) are inside the frame
                continue;
            }
            assertThat(now).as("focus must be visible on " + page.url()).startsWith("ok|");
            if (now.contains(wanted)) {
                return;
            }
        }
        fail("no element with " + wanted + " reached by Tab on " + page.url());
    }
}
