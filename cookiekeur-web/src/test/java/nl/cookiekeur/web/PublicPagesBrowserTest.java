package nl.cookiekeur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.law.Advice;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.Answers;
import nl.cookiekeur.law.Verdict;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public pages in a real Chromium: the beslisboom wizard to an advice (with and without JavaScript), the
 * permalink and print view, the tool profiles, English by header or switch, no cookies, the security headers,
 * and axe-core on every page visited.
 */
@Tag("chromium")
class PublicPagesBrowserTest {
    @TempDir
    static Path folder;

    private static WebTestServer server;
    private static WebBrowser browser;

    @BeforeAll
    static void start() {
        server = new WebTestServer(folder);
        browser = new WebBrowser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @Test
    void wizardWithoutJavaScriptReachesAnAdviceWhosePermalinkShowsItAgain() {
        try (BrowserContext visitor = browser.visitor(false, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/advies"));
            assertThat(page.locator("h1").textContent()).contains("informatie op in het apparaat");
            assertThat(page.locator(".step").textContent()).contains("Vraag 1");
            List<String> questions = answerUntilAdvice(page, "Ja");

            assertThat(questions).hasSizeGreaterThan(2);
            assertThat(page.locator("h1").textContent()).startsWith("Advies ");
            Advice expected = expectedAdvice(true);
            assertThat(page.locator("h1").textContent())
                    .isEqualTo("Advies " + expected.number().number() + ": "
                            + WebTestServer.TREE
                                    .texts()
                                    .advice(expected, Language.DUTCH)
                                    .title());
            assertThat(page.locator(".verdict").textContent())
                    .contains(expected.consentRequired() ? "Toestemming nodig." : "Geen toestemming nodig.");
            assertThat(page.locator("main ol li").count()).isPositive();
            assertThat(page.locator(".sources li").count()).isPositive();
            assertThat(page.locator(".answers-list dt").count()).isEqualTo(questions.size());
            String advice = page.locator("h1").textContent();

            String permalink = page.locator("#permalink").getAttribute("href");
            Page again = visitor.newPage();
            again.navigate(server.url(permalink));
            assertThat(again.locator("h1").textContent()).isEqualTo(advice);

            again.getByText("Laatste antwoord wijzigen").click();
            assertThat(again.locator("h1").textContent()).isEqualTo(questions.get(questions.size() - 1));
            again.getByText("Vorige vraag").click();
            assertThat(again.locator("h1").textContent()).isEqualTo(questions.get(questions.size() - 2));
            assertThat(visitor.cookies()).isEmpty();
        }
    }

    @Test
    void everyWizardPageAndThePrintViewPassAxeAndTheCspHolds() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app"));
            browser.assertAccessible(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beslisboom-advies"))
                    .first()
                    .click();
            int pages = 0;
            while (!page.locator("h1").textContent().startsWith("Advies ")) {
                browser.assertAccessible(page);
                if (pages == 0) {
                    WebBrowser.screenshot(page, "wizard-question");
                }
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions()
                                        .setName(pages % 2 == 0 ? "Ja" : "Nee")
                                        .setExact(true))
                        .click();
                pages++;
                assertThat(pages).isLessThan(20);
            }
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "wizard-advice");
            page.getByText("Afdrukversie").click();
            assertThat(page.locator("body").getAttribute("class")).contains("print");
            assertThat(page.locator("header nav").isVisible()).isFalse();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afdrukken"))
                            .count())
                    .as("the print button that app.js adds")
                    .isEqualTo(1);
            browser.assertAccessible(page);
            assertThat(browser.cspViolations()).isEmpty();
            assertThat(visitor.cookies()).isEmpty();
        }
    }

    @Test
    void englishByHeaderOrSwitchIsNeverMixedWithDutch() {
        try (BrowserContext visitor = browser.visitor(true, "en-GB")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/advies"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator(".step").textContent()).contains("Question 1");
            assertThat(page.locator("main").textContent()).doesNotContain("Vraag", "Voorbeelden", "Nee");
            browser.assertAccessible(page);
        }
        try (BrowserContext visitor = browser.visitor(false, "nl-NL")) {
            Page page = visitor.newPage();
            page.navigate(server.url("/app/tools?q=google"));
            page.getByText("English").click();
            assertThat(page.url()).contains("q=google").contains("lang=en");
            assertThat(page.locator("h1").textContent()).isEqualTo("Tool profiles");
            page.locator("table.tools a").first().click();
            assertThat(page.url()).contains("lang=en");
            assertThat(page.locator("main").textContent())
                    .contains("When this advice changes")
                    .doesNotContain("Wanneer dit advies verandert", "Bronnen");
            page.getByText("Nederlands").click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");

            // the sources say what they are about in the page's language: the law's and the vendor's titles alike
            page.navigate(server.url("/app/tools/google-analytics-4?lang=en"));
            assertThat(page.locator("ul.citations").textContent())
                    .contains("Exemption: measuring quality or effectiveness")
                    .contains("Telecommunicatiewet art. 11.7a(3)(b), second part")
                    .contains("Data sharing settings of a Google Analytics account")
                    .doesNotContain("Uitzondering", "Instellingen voor het delen");
            page.navigate(server.url("/app/tools/google-analytics-4?lang=nl"));
            assertThat(page.locator("ul.citations").textContent())
                    .contains("Uitzondering: kwaliteit of effectiviteit meten")
                    .contains("Telecommunicatiewet art. 11.7a lid 3 onder b (tweede deel)")
                    .contains("Instellingen voor het delen van gegevens van een Google Analytics-account")
                    .doesNotContain("Exemption", "Data sharing settings");
        }
    }

    @Test
    void toolProfilesCanBeSearchedFilteredAndOpened() {
        try (BrowserContext visitor = browser.visitor(true, "nl-NL")) {
            Page page = visitor.newPage();
            Response response = page.navigate(server.url("/app/tools"));
            assertThat(response.status()).isEqualTo(200);
            int all = page.locator("table.tools tbody tr").count();
            assertThat(all).isGreaterThanOrEqualTo(60);
            browser.assertAccessible(page);

            page.getByLabel("Zoek op naam of leverancier").fill("analytics");
            page.getByLabel("Soort").selectOption("analytics");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                    .click();
            int found = page.locator("table.tools tbody tr").count();
            assertThat(found).isBetween(1, all - 1);
            assertThat(page.locator("table.tools").textContent()).contains("Google Analytics");

            page.navigate(server.url("/app/tools/google-analytics-4"));
            assertThat(page.locator("h1").textContent()).contains("Google Analytics");
            assertThat(page.locator(".verdict").textContent()).contains("Advies");
            assertThat(page.locator(".sources li").count()).isPositive();
            browser.assertAccessible(page);
            WebBrowser.screenshot(page, "tool-profile");

            page.getByText("Bekijk deze antwoorden in het beslisboom-advies").click();
            assertThat(page.locator("h1").textContent()).containsAnyOf("Advies ", "?");

            Response unknown = page.navigate(server.url("/app/tools/bestaat-niet"));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(page.locator("main").textContent()).contains("Deze tool kennen we niet.");
            assertThat(visitor.cookies()).isEmpty();
        }
    }

    @Test
    void pagesCarryTheSecurityHeadersAndBadAnswersGetAPageNotAStackTrace() {
        try (BrowserContext visitor = browser.visitor(false, "nl-NL")) {
            Page page = visitor.newPage();
            Response response = page.navigate(server.url("/app/advies"));
            Map<String, String> headers = response.headers();
            assertThat(headers.get("content-security-policy"))
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
            assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
            assertThat(headers).doesNotContainKey("set-cookie");

            Response bad = page.navigate(server.url("/app/advies?V1=misschien"));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(page.locator("[role=alert]").textContent()).contains("antwoord dat we niet begrijpen");
            assertThat(page.content()).doesNotContain("Exception");

            Response missing = page.navigate(server.url("/app/nergens"));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(page.locator("[role=alert]").textContent()).isEqualTo("Deze pagina bestaat niet.");
        }
    }

    /** The advice the Advisor gives when every question on the path gets the same answer. */
    private static Advice expectedAdvice(boolean answer) {
        Advisor advisor = new Advisor(WebTestServer.TREE);
        Answers answers = Answers.none();
        Verdict verdict = advisor.advise(answers);
        while (verdict instanceof Verdict.Open open) {
            answers = answers.with(open.nextQuestion().id(), answer);
            verdict = advisor.advise(answers);
        }
        assertThat(verdict).isInstanceOf(Verdict.Concluded.class);
        return ((Verdict.Concluded) verdict).advice();
    }

    /** Clicks the same answer until the advice shows; returns the questions asked. */
    private static List<String> answerUntilAdvice(Page page, String answer) {
        List<String> questions = new ArrayList<>();
        while (!page.locator("h1").textContent().startsWith("Advies ")) {
            questions.add(page.locator("h1").textContent());
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(answer).setExact(true))
                    .click();
            assertThat(questions).hasSizeLessThan(20);
        }
        return questions;
    }
}
