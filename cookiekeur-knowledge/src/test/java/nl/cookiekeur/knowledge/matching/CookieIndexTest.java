package nl.cookiekeur.knowledge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.MatchKind;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.cookie.Cookie;
import org.junit.jupiter.api.Test;

class CookieIndexTest {
    private static final List<KnowledgeEntry> ENTRIES = List.of(
            entry("ga", "_ga", false, List.of(), "Google Analytics", "Google", Category.ANALYTICS),
            entry("ga4", "_ga_", true, List.of(), "Google Analytics", "Google", Category.ANALYTICS),
            entry("pk", "_pk_", true, List.of(), "Matomo", "Matomo", Category.ANALYTICS),
            entry("pkid", "_pk_id", true, List.of(), "Matomo", "Matomo", Category.ANALYTICS),
            entry("sr", "SR", true, List.of("sitescout.com"), "SiteScout", "Centro", Category.MARKETING),
            entry("session", "session", false, List.of(), "Framework", "Framework", Category.NECESSARY),
            entry("s-shop", "_s", false, List.of("shopify.com"), "Shopify", "Shopify", Category.ANALYTICS),
            entry("s-marfeel", "_s", true, List.of("newsroom.bi"), "Marfeel", "Marfeel", Category.ANALYTICS),
            entry(
                    "muid-bing",
                    "MUID",
                    false,
                    List.of("bing.com", "microsoft.com"),
                    "Bing",
                    "Microsoft",
                    Category.MARKETING),
            entry(
                    "muid-clarity",
                    "MUID",
                    false,
                    List.of("clarity.ms"),
                    "Microsoft Clarity",
                    "Microsoft",
                    Category.MARKETING),
            entry(
                    "pid-smart",
                    "pid",
                    false,
                    List.of("smartadserver.com"),
                    "Smartadserver",
                    "Smart",
                    Category.MARKETING),
            entry("pid-emetric", "pid", false, List.of("xplosion.de"), "Emetric", "Emetric", Category.MARKETING),
            entry("euc-a", "euconsent-v2", false, List.of(), "Didomi", "Didomi", Category.NECESSARY),
            entry("euc-b", "euconsent-v2", false, List.of(), "PrivacyPillar", "PrivacyPillar", Category.NECESSARY),
            entry("vendor-id", "vid", false, List.of(), "Hotjar", "Hotjar", Category.ANALYTICS),
            entry("mixpanel", "mp_", true, List.of(), "Mixpanel", "Mixpanel", Category.ANALYTICS),
            entry("ads-x", "ax_", true, List.of(), "Ads", "Ads", Category.MARKETING));

    private static final List<Tracker> TRACKERS = List.of(
            new Tracker("hotjar.com", "hotjar", "Hotjar", TrackerKind.SITE_ANALYTICS, "Hotjar", "MT", "whotracksme"),
            new Tracker(
                    "sitescout.com", "sitescout", "SiteScout", TrackerKind.ADVERTISING, "Centro", "US", "whotracksme"));

    private final TrackerIndex trackers = new TrackerIndex(TRACKERS);
    private final CookieIndex index = new CookieIndex(ENTRIES, trackers::find);

    private static KnowledgeEntry entry(
            String id,
            String name,
            boolean wildcard,
            List<String> domains,
            String platform,
            String controller,
            Category category) {
        return new KnowledgeEntry(
                id,
                "test",
                name,
                wildcard,
                domains,
                platform,
                category,
                Retention.session(),
                controller,
                null,
                "",
                null);
    }

    private static CookieMatch identified(CookieLookup lookup) {
        assertThat(lookup).isInstanceOf(CookieLookup.Identified.class);
        return ((CookieLookup.Identified) lookup).match();
    }

    @Test
    void exactNameBeatsAWildcardThatAlsoFits() {
        CookieMatch match = identified(index.find(CookieQuery.ofName("_ga")));

        assertThat(match.entryId()).isEqualTo("ga");
        assertThat(match.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(match.evidence()).isEqualTo(Evidence.NONE);
        assertThat(match.source()).isEqualTo("test");
    }

    @Test
    void wildcardPrefixMatchesLongerNames() {
        CookieMatch match = identified(index.find(CookieQuery.ofName("_ga_ABC123XYZ")));

        assertThat(match.entryId()).isEqualTo("ga4");
        assertThat(match.kind()).isEqualTo(MatchKind.WILDCARD_PREFIX);
    }

    @Test
    void theLongestPrefixWins() {
        assertThat(identified(index.find(CookieQuery.ofName("_pk_id.1.abcd"))).entryId())
                .isEqualTo("pkid");
        assertThat(identified(index.find(CookieQuery.ofName("_pk_ses.1.abcd"))).entryId())
                .isEqualTo("pk");
    }

    @Test
    void namesAreCaseSensitiveAsCookieNamesAre() {
        assertThat(index.find(CookieQuery.ofName("_GA"))).isInstanceOf(CookieLookup.Unidentified.class);
    }

    @Test
    void aShortWildcardNeedsEvidence() {
        CookieLookup withoutEvidence = index.find(CookieQuery.ofName("SRx9"));

        assertThat(withoutEvidence)
                .isInstanceOfSatisfying(
                        CookieLookup.Unidentified.class,
                        u -> assertThat(u.withheld())
                                .extracting(KnowledgeEntry::id)
                                .containsExactly("sr"));
    }

    @Test
    void aShortWildcardMatchesOnTheCookieDomainAndItsSubdomains() {
        CookieMatch match = identified(index.find(CookieQuery.of("SRx9", ".ads.SiteScout.com")));

        assertThat(match.entryId()).isEqualTo("sr");
        assertThat(match.evidence()).isEqualTo(Evidence.COOKIE_DOMAIN);
    }

    @Test
    void aGenericNameWithoutEvidenceIsNotMatched() {
        assertThat(index.find(CookieQuery.ofName("session"))).isInstanceOf(CookieLookup.Unidentified.class);
    }

    @Test
    void aGenericFirstPartyNameMatchesWithVendorEvidenceFromTheSetterScript() {
        CookieQuery query = new CookieQuery("vid", "www.shop.nl", "static.hotjar.com", "www.shop.nl");

        CookieMatch match = identified(index.find(query));

        assertThat(match.entryId()).isEqualTo("vendor-id");
        assertThat(match.evidence()).isEqualTo(Evidence.VENDOR);
    }

    @Test
    void aGenericPrefixMatchesWhenTheNameEndsWithTheVendorsName() {
        // Mixpanel's library, served from a CDN, writes mp_<project token>_mixpanel on the site's own origin
        CookieQuery query = new CookieQuery(
                "mp_b0ekhandelv1sserf1xture000000001_mixpanel", "www.shop.nl", "cdn.jsdelivr.net", "www.shop.nl");

        CookieMatch match = identified(index.find(query));

        assertThat(match.entryId()).isEqualTo("mixpanel");
        assertThat(match.evidence()).isEqualTo(Evidence.NAME);
    }

    @Test
    void aVendorNameInsideAnotherWordOrTooShortIsNoEvidence() {
        assertThat(index.find(CookieQuery.of("mp_notmixpanelatall", "www.shop.nl")))
                .isInstanceOf(CookieLookup.Unidentified.class);
        assertThat(index.find(CookieQuery.of("ax_state_ads", "www.shop.nl")))
                .isInstanceOf(CookieLookup.Unidentified.class);
    }

    @Test
    void aGenericNameMatchesWhenTheSetterScriptIsOnTheEntrysDomain() {
        CookieQuery query = new CookieQuery("SRabc", "www.shop.nl", "cdn.sitescout.com", "www.shop.nl");

        assertThat(identified(index.find(query)).evidence()).isEqualTo(Evidence.SETTER_SCRIPT);
    }

    @Test
    void aGenericNameMatchesWhenTheVisitedSiteIsTheEntrysDomain() {
        CookieQuery query = new CookieQuery("_s", "www.shopify.com", null, "www.shopify.com");

        CookieMatch match = identified(index.find(query));
        assertThat(match.entryId()).isEqualTo("s-shop");
        assertThat(match.evidence()).isEqualTo(Evidence.COOKIE_DOMAIN);
    }

    @Test
    void exactGenericNameFallsBackToAWildcardWithEvidence() {
        CookieQuery query = CookieQuery.of("_s", "events.newsroom.bi");

        CookieMatch match = identified(index.find(query));
        assertThat(match.entryId()).isEqualTo("s-marfeel");
        assertThat(match.kind()).isEqualTo(MatchKind.WILDCARD_PREFIX);
    }

    @Test
    void anAmbiguousNameIsResolvedByTheCookieDomain() {
        assertThat(identified(index.find(CookieQuery.of("MUID", ".clarity.ms"))).entryId())
                .isEqualTo("muid-clarity");
        assertThat(identified(index.find(CookieQuery.of("MUID", ".c.bing.com"))).entryId())
                .isEqualTo("muid-bing");
        assertThat(identified(index.find(CookieQuery.of("pid", "xplosion.de"))).entryId())
                .isEqualTo("pid-emetric");
    }

    @Test
    void anAmbiguousNameWithoutEvidenceListsAllCandidates() {
        CookieLookup lookup = index.find(CookieQuery.of("MUID", "www.example.nl"));

        assertThat(lookup)
                .isInstanceOfSatisfying(
                        CookieLookup.Ambiguous.class,
                        a -> assertThat(a.candidates())
                                .extracting(CookieMatch::entryId)
                                .containsExactly("muid-bing", "muid-clarity"));
        assertThat(index.find(CookieQuery.ofName("euconsent-v2"))).isInstanceOf(CookieLookup.Ambiguous.class);
    }

    @Test
    void aThirdPartyCookieIsMatchedThroughTheParentsOfItsDomain() {
        Cookie cookie = Cookie.of("MUID", URI.create("https://www.example.nl/")).withDomain(".deep.sub.microsoft.com");

        CookieMatch match = identified(index.find(CookieQuery.of(cookie)));
        assertThat(match.entryId()).isEqualTo("muid-bing");
        assertThat(match.evidence()).isEqualTo(Evidence.COOKIE_DOMAIN);
    }

    @Test
    void unknownNamesAreUnidentifiedWithNothingWithheld() {
        assertThat(index.find(CookieQuery.ofName("my_own_cookie"))).isEqualTo(new CookieLookup.Unidentified(List.of()));
    }

    @Test
    void candidatesListsEveryFittingEntryIgnoringEvidence() {
        assertThat(index.candidates("_pk_id.1"))
                .extracting(CookieMatch::entryId)
                .containsExactly("pkid", "pk");
    }

    @Test
    void trackerIndexMatchesParentDomainsButNotLookalikes() {
        assertThat(trackers.find("a.b.hotjar.com").map(Tracker::id)).contains("hotjar");
        assertThat(trackers.find("HOTJAR.COM.")).map(Tracker::domain).contains("hotjar.com");
        assertThat(trackers.find("nothotjar.com")).isEqualTo(Optional.empty());
        assertThat(trackers.find("")).isEmpty();
    }
}
