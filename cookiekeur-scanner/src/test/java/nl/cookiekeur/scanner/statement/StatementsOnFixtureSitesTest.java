package nl.cookiekeur.scanner.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import nl.cookiekeur.scanner.browser.BrowserSettings;
import nl.cookiekeur.scanner.browser.ChromiumEngine;
import nl.cookiekeur.scanner.browser.Device;
import nl.cookiekeur.scanner.browser.PhaseBrowser;
import nl.cookiekeur.site.RegistrableDomain;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding and reading statements in real Chromium on the HTTPS fixture sites, as the scanner does. */
@FixtureSites
class StatementsOnFixtureSitesTest {

    private static FixtureServer server;
    private static ChromiumEngine engine;
    private PhaseBrowser browser;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServerAndBrowser(FixtureServer shared) throws Exception {
        server = shared;
        engine = ChromiumEngine.start();
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        if (server != null) {}
    }

    @BeforeEach
    void openProfile() throws Exception {
        browser = engine.open(new BrowserSettings(Device.DESKTOP, server.hostRules(), true, Duration.ofSeconds(15)));
    }

    @AfterEach
    void closeProfile() {
        browser.close();
    }

    private List<PolicyText> statementsOf(String startUrl) {
        Page start = browser.tab();
        start.navigate(startUrl);
        start.waitForLoadState(LoadState.LOAD);
        List<PolicyText> texts = Statements.read(
                start,
                browser::newTab,
                RegistrableDomain.ofUrl(startUrl),
                System.nanoTime() + Duration.ofSeconds(30).toNanos(),
                (url, kind, note) -> problems.add(kind + " " + url + " " + note.text(Language.DUTCH)));
        assertThat(start.isClosed()).isFalse();
        assertThat(browser.context().pages()).containsExactly(start);
        return texts;
    }

    @Test
    void bakkerijJansenLinksToItsCookieStatementWithBothDeclaredCookies() {
        String start = server.url(FixtureSite.BAKKERIJ_JANSEN).toString();

        List<PolicyText> texts = statementsOf(start);

        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.kind()).isEqualTo("cookie");
            assertThat(text.url()).isEqualTo("https://www.bakkerij-jansen.nl/cookies.html");
            assertThat(text.linkedFrom()).isEqualTo(start);
            assertThat(text.title()).isEqualTo("Cookieverklaring – Bakkerij Jansen");
            assertThat(text.text()).contains("Deze site gebruikt de volgende cookies.");
            assertThat(text.tables())
                    .contains("Naam\tDoel\tBewaartermijn\tPartij")
                    .anyMatch(row -> row.startsWith("cc_cookie\t") && row.contains("6 maanden"))
                    .anyMatch(row -> row.startsWith("ph_phc_bakkerijJansenFixture0001_posthog\t")
                            && row.endsWith("\t1 jaar\tPostHog (EU)"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void schoonmaakbedrijfKokDeclaresItsCookiesInTheCookieTable() {
        List<PolicyText> texts =
                statementsOf(server.url(FixtureSite.SCHOONMAAKBEDRIJF_KOK).toString());

        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.url()).isEqualTo("https://www.schoonmaakbedrijf-kok.nl/cookieverklaring.html");
            assertThat(text.kind()).isEqualTo("cookie");
            assertThat(text.tables())
                    .containsExactly(
                            "Naam\tAanbieder\tDoel\tBewaartermijn",
                            "cc_cookie\tschoonmaakbedrijf-kok.nl\tOnthoudt uw cookievoorkeur\t6 maanden",
                            "_ga\tGoogle\tOnderscheidt bezoekers (statistieken)\t1 jaar",
                            "_clck\tMicrosoft Clarity\tBewaart een bezoekers-id\t1 maand",
                            "_gid\tGoogle\tOnderscheidt bezoekers per dag\t24 uur");
        });
    }

    @Test
    void dichtersgildeHasNoStatement() {
        assertThat(statementsOf(server.url(FixtureSite.DICHTERSGILDE).toString()))
                .isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void markupInTheStatementComesBackAsPlainText() {
        List<String> dialogs = new ArrayList<>();
        browser.reportTo((kind, message) -> dialogs.add(kind + " " + message));

        List<PolicyText> texts = statementsOf(server.url(FixtureSite.XSS_PROEF).toString());

        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.url()).isEqualTo("https://www.xss-proef.nl/cookies.html");
            assertThat(text.tables())
                    .contains("<script>alert(\"verklaring\")</script>\t<img src=x onerror=alert(\"doel\")>\t1 dag")
                    .contains("keuze\t{{constructor.constructor('alert(8)')()}} ${alert(9)}\t1 jaar");
            assertThat(text.text()).contains("<script>alert(\"verklaring\")</script>");
        });
        assertThat(dialogs).noneMatch(d -> d.contains("verklaring") || d.contains("doel"));
    }

    @Test
    void linksToAnotherSiteAreNotFollowedButBannerLinksInShadowRootsAndFramesAre() {
        String start = "https://www.dichtersgilde.nl/banner-proef.html";
        String other = server.url(FixtureSite.SCHOONMAAKBEDRIJF_KOK)
                .resolve("/cookieverklaring.html")
                .toString();
        serve(
                start,
                "<!doctype html><title>Proef</title><body><p>Proef</p>"
                        + "<a href=\"" + other + "\">Cookieverklaring</a>"
                        + "<div id=\"host\"></div><iframe src=\"https://www.dichtersgilde.nl/cmp-frame.html\"></iframe>"
                        + "<script>const r = document.getElementById('host').attachShadow({mode: 'open'});"
                        + "r.innerHTML = '<div class=\"banner\">Wij gebruiken cookies. "
                        + "<a href=\"/cookiebeleid.html\">Ons cookiebeleid</a></div>';</script></body>");
        serve(
                "https://www.dichtersgilde.nl/cmp-frame.html",
                "<!doctype html><body><a href=\"https://www.dichtersgilde.nl/privacy.html\">Privacyverklaring</a></body>");
        serve(
                "https://www.dichtersgilde.nl/cookiebeleid.html",
                "<!doctype html><title>Cookiebeleid</title><body><h1>Cookiebeleid</h1><p>Geen tracking.</p></body>");
        serve(
                "https://www.dichtersgilde.nl/privacy.html",
                "<!doctype html><title>Privacy</title><body><h1>Privacyverklaring</h1></body>");
        List<String> requested = new CopyOnWriteArrayList<>();
        browser.context().onRequest(request -> requested.add(request.url()));

        List<PolicyText> texts = statementsOf(start);

        assertThat(texts)
                .extracting(PolicyText::kind, PolicyText::url, PolicyText::linkedFrom)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "cookie", "https://www.dichtersgilde.nl/cookiebeleid.html", start),
                        org.assertj.core.groups.Tuple.tuple(
                                "privacy",
                                "https://www.dichtersgilde.nl/privacy.html",
                                "https://www.dichtersgilde.nl/cmp-frame.html"));
        assertThat(texts.get(0).text()).contains("Geen tracking.");
        assertThat(requested).noneMatch(url -> url.contains("schoonmaakbedrijf-kok"));
    }

    @Test
    void aMissingStatementBecomesAProblemNotAnException() {
        String start = "https://www.dichtersgilde.nl/kapot.html";
        serve(start, "<!doctype html><body><a href=\"/bestaat-niet.html\">Privacyverklaring</a></body>");

        assertThat(statementsOf(start)).isEmpty();
        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("statement https://www.dichtersgilde.nl/bestaat-niet.html")
                .contains("404");
    }

    @Test
    void hostileStatementsAreBoundedAndEndAsProblems() {
        String start = "https://www.lastige-site.nl/verklaringen-proef.html";
        serve(
                start,
                "<!doctype html><body><a href=\"/groot.html?mb=30\">Cookieverklaring</a>"
                        + "<a href=\"/omleiding-lus\">Privacyverklaring</a></body>");

        List<PolicyText> texts = statementsOf(start);

        assertThat(texts).noneMatch(t -> t.kind().equals("privacy"));
        assertThat(texts).allSatisfy(t -> assertThat(t.text().length()).isLessThanOrEqualTo(StatementReader.MAX_TEXT));
        assertThat(problems).anyMatch(p -> p.contains("https://www.lastige-site.nl/omleiding-lus"));
    }

    private void serve(String url, String html) {
        browser.context()
                .route(
                        url,
                        route -> route.fulfill(new Route.FulfillOptions()
                                .setStatus(200)
                                .setContentType("text/html; charset=utf-8")
                                .setBody(html)));
    }
}
