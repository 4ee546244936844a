package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Classification;
import nl.cookiekeur.classification.SourceLabel;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.KnowledgeBases;
import org.junit.jupiter.api.Test;

class KnowledgeFirstClassifierTest {
    private static final KnowledgeFirstClassifier CLASSIFIER = KnowledgeFirstClassifier.of(KnowledgeBases.shipped());
    private static final URI SITE = URI.create("https://www.bakkerij-jansen.nl/");

    @Test
    void knownCookieIsAnsweredFromItsKnowledgeEntryWithFullConfidence() {
        Classification c = CLASSIFIER.classify(Cookie.of("_gid", SITE).withDomain(".bakkerij-jansen.nl"));

        assertThat(c.category()).isEqualTo(Category.ANALYTICS);
        assertThat(c.confidence()).isEqualTo(1.0);
        assertThat(c.vendor()).isEqualTo("Google Analytics");
        assertThat(c.predicted()).isFalse();
        assertThat(c.thirdParty()).isFalse();
    }

    @Test
    void theSourcesOwnLabelIsKeptAsEvidenceWhileTheVendorRuleDecides() {
        Classification c = CLASSIFIER.classify(Cookie.of("test_cookie", SITE).withDomain(".doubleclick.net"));

        assertThat(c.category()).isEqualTo(Category.MARKETING);
        assertThat(c.sourceLabel()).isEqualTo(new SourceLabel("Open Cookie Database", "Functional"));
        assertThat(new SourceLabel("Open Cookie Database", "Functional").differsFrom(c.category()))
                .isTrue();
    }

    @Test
    void curatedEntriesHaveNoSourceLabel() {
        Classification c = CLASSIFIER.classify(Cookie.of("_gaexp", SITE).withDomain(".bakkerij-jansen.nl"));

        assertThat(c.category()).isEqualTo(Category.ANALYTICS);
        assertThat(c.source()).isEqualTo("ck-google-optimize-gaexp");
        assertThat(c.sourceLabel()).isNull();
    }

    @Test
    void aFirstPartyCookieNamedOnlyForALanguageIsAPreference() {
        for (String name : List.of("lang", "site_lang", "language", "locale", "preferred-language", "TAAL")) {
            Classification c = CLASSIFIER.classify(Cookie.of(name, SITE).withDomain("www.bakkerij-jansen.nl"));

            assertThat(c.category()).as(name).isEqualTo(Category.PREFERENCES);
            assertThat(c.predicted()).as(name).isTrue();
        }
        // LinkedIn's lang on its own domain stays the vendor's; a name with another word in it is the model's
        assertThat(CLASSIFIER
                        .classify(Cookie.of("lang", SITE).withDomain(".linkedin.com"))
                        .category())
                .isEqualTo(Category.MARKETING);
        assertThat(LanguageCookieNames.keepsALanguage(
                        Cookie.of("shopify_lang_experiment", SITE).withDomain("www.bakkerij-jansen.nl")))
                .isFalse();
    }

    @Test
    void aFirstPartyCookieNamedForAMarketingPopUpsDisplayIsMarketing() {
        for (String name : List.of("popup_shown", "newsletter-popup-seen", "omSeen-x1y2")) {
            Classification c = CLASSIFIER.classify(Cookie.of(name, SITE).withDomain("www.bakkerij-jansen.nl"));

            assertThat(c.category()).as(name).isEqualTo(Category.MARKETING);
            assertThat(c.vendor()).as(name).isNull();
            assertThat(c.predicted()).as(name).isTrue();
        }
    }

    @Test
    void adobesIdServiceCookieIsAnalyticsOfTheVisitedSite() {
        Classification c = CLASSIFIER.classify(
                Cookie.of("AMCV_0123456789ABCDEF01234567%40AdobeOrg", SITE).withDomain(".bakkerij-jansen.nl"));

        assertThat(c.category()).isEqualTo(Category.ANALYTICS);
        assertThat(c.source()).isEqualTo("ck-adobe-ecid-amcv");
        // Audience Manager's own cross-site cookie stays marketing
        assertThat(CLASSIFIER
                        .classify(Cookie.of("demdex", SITE).withDomain(".demdex.net"))
                        .category())
                .isEqualTo(Category.MARKETING);
    }

    @Test
    void unknownCookieFallsBackToTheClassifier() {
        Classification c = CLASSIFIER.classify(Cookie.of("bakkerij_winkelmand_8c1f", SITE));

        assertThat(c.predicted()).isTrue();
        assertThat(c.source()).isEqualTo(Classification.PREDICTED);
        assertThat(c.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void thirdPartyIsDecidedByRegistrableDomain() {
        Cookie sameSite =
                Cookie.of("x", URI.create("https://shop.bakkerij-jansen.nl/")).withDomain(".bakkerij-jansen.nl");
        Cookie otherSite = Cookie.of("x", SITE).withDomain(".doubleclick.net");

        assertThat(KnowledgeFirstClassifier.thirdParty(sameSite)).isFalse();
        assertThat(KnowledgeFirstClassifier.thirdParty(otherSite)).isTrue();
    }
}
