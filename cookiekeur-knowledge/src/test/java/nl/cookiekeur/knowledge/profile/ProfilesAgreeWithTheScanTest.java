package nl.cookiekeur.knowledge.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.CookieAdvice;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import nl.cookiekeur.law.Advisor;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scan must not contradict {@code cookiekeur advies --tool}: a product-analytics vendor's own first-party,
 * short-lived cookie gets the same advice from the {@link CookieAdvisor} as the vendor's tool profile.
 */
class ProfilesAgreeWithTheScanTest {
    private static final DecisionTree TREE = DecisionTree.load();
    private static final JsonToolCatalogue CATALOGUE = JsonToolCatalogue.load(TREE);
    private static final CookieAdvisor ADVISOR = new CookieAdvisor(new Advisor(TREE));

    @ParameterizedTest
    @ValueSource(strings = {"mixpanel", "posthog"})
    void productAnalyticsOnTheSitesOwnDomainGetsTheProfilesAdvice(String id) {
        ToolProfile profile = CATALOGUE.find(id).orElseThrow();
        Cookie cookie = new Cookie(
                "id_" + id,
                ".winkel.nl",
                "/",
                "",
                365L * 24 * 3600,
                false,
                false,
                false,
                true,
                SameSite.LAX,
                URI.create("https://www.winkel.nl/"),
                null);

        CookieAdvice advice = ADVISOR.advise(
                cookie, new Classification(Category.ANALYTICS, 1, profile.vendor(), "test-" + id, false));

        assertThat(advice.advice().number()).isEqualTo(profile.advice());
        assertThat(advice.consentRequired())
                .isEqualTo(profile.consentRequired())
                .isTrue();
    }
}
