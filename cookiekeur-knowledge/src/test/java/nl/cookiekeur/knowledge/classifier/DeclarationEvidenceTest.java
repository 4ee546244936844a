package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.data.SiteDeclarations;
import org.junit.jupiter.api.Test;

class DeclarationEvidenceTest {
    private static final Cookie SESSION = Cookie.of("sess_x", URI.create("https://shop.nl/"));
    private static final Cookie TRACKER = Cookie.of("trk_x", URI.create("https://shop.nl/"));
    private static final Cookie LONELY = Cookie.of("lonely_x", URI.create("https://shop.nl/"));

    private final DeclarationEvidence evidence = DeclarationEvidence.of(declarations(
            List.of("sess_x", "sess_x", "sess_x", "trk_x", "trk_x", "lonely_x"),
            List.of("necessary", "necessary", "necessary", "advertising", "advertising", "necessary")));

    @Test
    void namesTheCategoryOfACookieNobodyKnowsWhenSitesAgreeOnAConsentCategory() {
        Classification result = evidence.weigh(TRACKER, review(Category.PREFERENCES));

        assertThat(result.category()).isEqualTo(Category.MARKETING);
        assertThat(result.declared()).isTrue();
        assertThat(result.confidence()).isEqualTo(1.0);
    }

    @Test
    void necessityNeedsSeveralSitesAndAnExemptGuessOfItsOwn() {
        assertThat(evidence.weigh(SESSION, review(Category.NECESSARY)).category())
                .isEqualTo(Category.NECESSARY);

        Classification guessedAnalytics = evidence.weigh(SESSION, review(Category.ANALYTICS));
        assertThat(guessedAnalytics.needsReview()).isTrue();
        assertThat(guessedAnalytics.likely()).isEqualTo(Category.NECESSARY);

        Classification oneSite = evidence.weigh(LONELY, review(Category.NECESSARY));
        assertThat(oneSite.needsReview()).isTrue();
        assertThat(oneSite.likely()).isEqualTo(Category.NECESSARY);
    }

    @Test
    void neverMakesAKnownAnalyticsOrMarketingCookieExempt() {
        Classification known = new Classification(Category.ANALYTICS, 1.0, "Vendor", "entry-1", false);

        assertThat(evidence.weigh(SESSION, known)).isEqualTo(known);
    }

    @Test
    void makesAKnownExemptCookieStricterWhenSitesDeclareItMarketing() {
        Classification known = new Classification(Category.NECESSARY, 1.0, null, "entry-2", false);

        Classification result = evidence.weigh(TRACKER, known);

        assertThat(result.category()).isEqualTo(Category.MARKETING);
        assertThat(result.source()).isEqualTo(Classification.DECLARED);
    }

    @Test
    void withoutDeclarationsNothingChanges() {
        Classification base = review(Category.MARKETING);

        assertThat(DeclarationEvidence.none().weigh(TRACKER, base)).isEqualTo(base);
        assertThat(evidence.weigh(Cookie.of("other", URI.create("https://shop.nl/")), base))
                .isEqualTo(base);
    }

    private static Classification review(Category guess) {
        return new Classification(Category.UNKNOWN, 0.4, null, Classification.PREDICTED, false, guess);
    }

    private static SiteDeclarations declarations(List<String> names, List<String> labels) {
        List<String> lines = new ArrayList<>();
        lines.add("name,domain,path,first_party_domain,label_name,last_value,last_expiry_seconds,session,http_only,"
                + "host_only,secure,same_site");
        for (int i = 0; i < names.size(); i++) {
            lines.add(names.get(i) + ",site" + i + ".nl,/,https://site" + i + ".nl/," + labels.get(i)
                    + ",v,100,False,False,True,False,lax");
        }
        return SiteDeclarations.read(new StringReader(String.join("\n", lines)), "test.csv");
    }
}
