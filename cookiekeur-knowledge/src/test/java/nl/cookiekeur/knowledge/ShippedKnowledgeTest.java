package nl.cookiekeur.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.KnowledgeSource;
import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedKnowledgeTest {
    private static InMemoryKnowledgeBase knowledge;

    @BeforeAll
    static void load() {
        knowledge = KnowledgeBases.shipped();
    }

    private static CookieMatch identified(CookieLookup lookup) {
        assertThat(lookup).isInstanceOf(CookieLookup.Identified.class);
        return ((CookieLookup.Identified) lookup).match();
    }

    @Test
    void gaIsGoogleAnalytics() {
        CookieMatch match = identified(knowledge.lookup(CookieQuery.ofName("_ga")));

        assertThat(match.entry().platform()).isEqualTo("Google Analytics");
        assertThat(match.category()).isEqualTo(Category.ANALYTICS);
        assertThat(match.source()).isEqualTo("open-cookie-database");
    }

    @Test
    void shortNamesLikeNidNeedTheirDomain() {
        assertThat(knowledge.lookup(CookieQuery.ofName("NID"))).isInstanceOf(CookieLookup.Unidentified.class);
        assertThat(identified(knowledge.lookup(CookieQuery.of("NID", ".google.com")))
                        .entry()
                        .platform())
                .isEqualTo("Google");
    }

    @Test
    void ga4PropertyCookieMatchesByPrefix() {
        Cookie cookie = Cookie.of("_ga_Q2WE3RT4Y5", URI.create("https://www.bakkerij.nl/"));

        assertThat(identified(knowledge.lookup(cookie)).entry().platform()).isEqualTo("Google Analytics");
    }

    @Test
    void hotjarSessionUserIsAnalyticsByOurOverride() {
        CookieMatch match = identified(knowledge.lookup(CookieQuery.ofName("_hjSessionUser_123456")));

        assertThat(match.category()).isEqualTo(Category.ANALYTICS);
        assertThat(match.source()).isEqualTo("cookiekeur-curated");
        assertThat(match.entry().replaces()).isEqualTo("d5da1a8e-0ccd-4b3a-a19d-ec38807a5444");
    }

    @Test
    void clarityMuidIsToldApartFromBingsByItsDomain() {
        assertThat(identified(knowledge.lookup(CookieQuery.of("MUID", ".clarity.ms")))
                        .entryId())
                .isEqualTo("ck-clarity-muid");
        assertThat(identified(knowledge.lookup(CookieQuery.of("MUID", ".bing.com")))
                        .entry()
                        .platform())
                .isEqualTo("Bing / Microsoft");
    }

    @Test
    void requestHostsAreMatchedToTrackersThroughParentDomains() {
        Tracker ga = knowledge.trackerForHost("a.b.google-analytics.com").orElseThrow();

        assertThat(ga.domain()).isEqualTo("google-analytics.com");
        assertThat(ga.company()).isEqualTo("Google");
        assertThat(ga.category()).isEqualTo(Category.ANALYTICS);
        assertThat(knowledge.trackerForUrl(URI.create("https://cdn.leadinfo.net/ping.js")))
                .map(Tracker::name)
                .contains("Leadinfo");
        assertThat(knowledge.trackerForUrl(URI.create("https://www.bakkerij.nl/")))
                .isEmpty();
    }

    @Test
    void sourcesCarryLicencesAndCounts() {
        assertThat(knowledge.sources())
                .extracting(KnowledgeSource::id, KnowledgeSource::licence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open-cookie-database", "Apache-2.0"),
                        org.assertj.core.groups.Tuple.tuple("whotracksme", "CC-BY-4.0"),
                        org.assertj.core.groups.Tuple.tuple("cookiekeur-curated", "Apache-2.0"));
        assertThat(knowledge.sources().getFirst().entries())
                .isEqualTo(2264 - knowledge.stats().overrides());
    }

    @Test
    void statsCountEntriesWildcardsAndUnknownRetention() {
        KnowledgeStats stats = knowledge.stats();

        assertThat(stats.entries()).isEqualTo(knowledge.entries().size());
        assertThat(stats.entriesPerCategory().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(stats.entries());
        assertThat(stats.wildcardEntries()).isBetween(250, 270);
        assertThat(stats.unknownRetention()).isPositive().isLessThan(100);
        assertThat(stats.overrides()).isEqualTo(21);
        assertThat(stats.trackerDomains()).isGreaterThan(4327);
        assertThat(stats.loadTime()).isPositive().isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void knownCookieLookupsAreFast() {
        CookieQuery[] queries = {
            CookieQuery.ofName("_ga"),
            CookieQuery.of("_fbp", "www.bakkerij.nl"),
            CookieQuery.of("MUID", ".bing.com"),
            new CookieQuery("_hjSessionUser_1", "www.bakkerij.nl", "static.hotjar.com", "www.bakkerij.nl")
        };
        int rounds = 400_000;
        long identified = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            if (knowledge.lookup(queries[i & 3]) instanceof CookieLookup.Identified) {
                identified++;
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(identified).isEqualTo(rounds);
        assertThat(elapsed)
                .as("400k lookups, a loose bound against gross regressions")
                .isLessThan(Duration.ofSeconds(4));
    }
}
