package nl.cookiekeur.scanner.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cookiekeur.scanner.statement.StatementFinder.Candidate;
import org.junit.jupiter.api.Test;

/** Choosing statement links from what a page reported, without a browser. */
class StatementFinderChoiceTest {
    private static final String PAGE = "https://www.voorbeeld.nl/";
    private static final String SITE = "voorbeeld.nl";

    private static Candidate link(String href, String text) {
        return new Candidate(PAGE, href, text);
    }

    @Test
    void namedLinksWinOverBareWordsAndUrlHints() {
        List<StatementLink> chosen = StatementFinder.choose(
                List.of(
                        link("https://www.voorbeeld.nl/cookie-info", "Lees meer"),
                        link("https://www.voorbeeld.nl/cookies", "Cookies"),
                        link("https://www.voorbeeld.nl/juridisch/cookieverklaring", "Cookieverklaring"),
                        link("https://www.voorbeeld.nl/avg", "AVG"),
                        link("https://shop.voorbeeld.nl/privacy-policy#top", "Privacy policy")),
                PAGE,
                SITE);

        assertThat(chosen)
                .extracting(StatementLink::kind, StatementLink::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "cookie", "https://www.voorbeeld.nl/juridisch/cookieverklaring"),
                        org.assertj.core.groups.Tuple.tuple("privacy", "https://shop.voorbeeld.nl/privacy-policy"));
    }

    @Test
    void otherSitesOtherSchemesAndSettingsLinksAreNoStatements() {
        List<StatementLink> chosen = StatementFinder.choose(
                List.of(
                        link("https://www.cookiebot.com/nl/cookieverklaring/", "Cookieverklaring"),
                        link("https://policies.google.com/privacy", "Privacybeleid van Google"),
                        link("javascript:void(0)", "Cookiebeleid"),
                        link("mailto:privacy@voorbeeld.nl", "Privacyverklaring"),
                        link("https://www.voorbeeld.nl/#", "Cookieverklaring"),
                        link("https://www.voorbeeld.nl/cookies/instellingen", "Cookie-instellingen")),
                PAGE,
                SITE);

        assertThat(chosen).isEmpty();
    }

    @Test
    void oneCombinedStatementIsReadOnceAsTheCookieStatement() {
        List<StatementLink> chosen = StatementFinder.choose(
                List.of(
                        link("https://www.voorbeeld.nl/privacy", "Privacy- en cookieverklaring"),
                        link("https://www.voorbeeld.nl/privacy", "Privacy")),
                PAGE,
                SITE);

        assertThat(chosen).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("cookie");
            assertThat(l.url()).isEqualTo("https://www.voorbeeld.nl/privacy");
        });
    }

    @Test
    void englishWordsAndUrlOnlyHintsAreRecognised() {
        assertThat(StatementKind.of("Cookie policy", "/legal").kind()).isEqualTo("cookie");
        assertThat(StatementKind.of("Privacy statement", "/legal").kind()).isEqualTo("privacy");
        assertThat(StatementKind.of("Meer informatie", "/privacyverklaring").kind())
                .isEqualTo("privacy");
        assertThat(StatementKind.of("Meer informatie", "/over-ons").score()).isZero();
        assertThat(StatementKind.of("Cookievoorkeuren", "/cookies").score()).isZero();
        assertThat(StatementKind.of("AVGROL", "/").score()).isZero();
    }
}
