package nl.cookiekeur.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import nl.cookiekeur.classification.CookieClassifier;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.knowledge.KnowledgeBases;
import nl.cookiekeur.knowledge.classifier.KnowledgeFirstClassifier;
import nl.cookiekeur.knowledge.domain.Hosts;
import nl.cookiekeur.scanner.crawl.CrawlPlan;
import nl.cookiekeur.scanner.crawl.CrawlPlanner;
import nl.cookiekeur.site.RegistrableDomain;
import nl.cookiekeur.site.WebUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same hosts through every module that asks "which site is this?": core (compliance and reports call
 * {@link RegistrableDomain} directly), the knowledge's host matching and cookie party, and the scanner's crawl.
 * Each row names a host, its registrable domain and a host of another site that a label heuristic would
 * have taken for the same one.
 */
class SiteModelAcrossModulesTest {
    private static CookieClassifier classifier;

    @BeforeAll
    static void loadKnowledge() {
        classifier = KnowledgeFirstClassifier.shipped(KnowledgeBases.load());
    }

    @ParameterizedTest(name = "{0} belongs to {1}, not to {2}")
    @CsvSource({
        "www.example.co.uk, example.co.uk, www.other.co.uk",
        "www.gov.uk, www.gov.uk, service.gov.uk",
        "a.b.c.example.nl, example.nl, example.com",
        "stats.gemeente.amsterdam.nl, amsterdam.nl, utrecht.nl",
        "foo.bar.s3.amazonaws.com, bar.s3.amazonaws.com, foo.baz.s3.amazonaws.com",
        "shop.myshopify.com, shop.myshopify.com, other.myshopify.com",
        "user.github.io, user.github.io, other.github.io",
        "www.xn--bcher-kva.de, xn--bcher-kva.de, www.buecher.de",
        "www.bücher.de, xn--bcher-kva.de, www.buecher.de",
        "127.0.0.1, 127.0.0.1, 127.0.0.2",
        "'[::1]', ::1, 127.0.0.1",
        "localhost, localhost, otherhost"
    })
    void everyModuleFindsTheSameSite(String host, String site, String otherSite) {
        assertThat(RegistrableDomain.of(host)).as("core").contains(site);
        assertThat(WebUrl.parse("https://" + host + "/").orElseThrow().site())
                .as("scan address")
                .isEqualTo(site);
        assertThat(Hosts.registrable(host)).as("knowledge host matching").contains(site);
        assertThat(Hosts.selfAndParents(host))
                .as("knowledge parent chain")
                .last()
                .isEqualTo(site);
        assertThat(RegistrableDomain.thirdParty(otherSite, site))
                .as("core party")
                .isTrue();

        URI start = WebUrl.parse("https://" + host + "/").orElseThrow().uri();
        assertThat(classifier.classify(Cookie.of("c", start).withDomain(host)).thirdParty())
                .as("knowledge party of the host's own cookie")
                .isFalse();
        assertThat(classifier
                        .classify(Cookie.of("c", start).withDomain(otherSite))
                        .thirdParty())
                .as("knowledge party of another site's cookie")
                .isTrue();

        String sameSitePage = start.resolve("/over-ons").toString();
        String otherSitePage = "https://" + otherSite + "/over-ons";
        CrawlPlan plan = CrawlPlanner.plan(start.toString(), List.of(otherSitePage, sameSitePage), List.of(), 5);
        assertThat(plan.others()).as("scanner crawl").containsExactly(sameSitePage);
    }
}
