package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Retention;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import org.junit.jupiter.api.Test;

class VendorBusinessTest {
    private static final VendorBusiness BUSINESS = new VendorBusiness(List.of(
            new Tracker("doubleclick.net", "doubleclick", "DoubleClick", TrackerKind.ADVERTISING, "Google", "US", "t"),
            new Tracker("youtube.com", "youtube", "YouTube", TrackerKind.AUDIO_VIDEO_PLAYER, "Google", "US", "t"),
            new Tracker("permutive.com", "permutive", "Permutive", TrackerKind.ADVERTISING, null, null, "t"),
            new Tracker("hotjar.com", "hotjar", "Hotjar", TrackerKind.SITE_ANALYTICS, null, null, "t"),
            new Tracker("googletagmanager.com", "gtm", "Google Tag Manager", TrackerKind.ESSENTIAL, null, null, "t"),
            new Tracker("cloudflare.com", "cloudflare", "CloudFlare", TrackerKind.CDN, null, null, "t")));

    @Test
    void aFunctionalCookieOfAnAdvertisingOrVideoCompanyBecomesMarketing() {
        List<KnowledgeEntry> judged = BUSINESS.judge(List.of(
                entry("test_cookie", List.of("doubleclick.net"), "DoubleClick/Google Marketing", Category.NECESSARY),
                entry("YSC", List.of("youtube.com"), "Youtube", Category.PREFERENCES),
                entry("permutive-id", List.of(), "Permutive", Category.PREFERENCES),
                entry("_hjSession", List.of(), "Hotjar", Category.NECESSARY)));

        assertThat(judged)
                .extracting(KnowledgeEntry::category)
                .containsExactly(Category.MARKETING, Category.MARKETING, Category.MARKETING, Category.ANALYTICS);
    }

    @Test
    void tagManagersCdnsAndUnknownPlatformsKeepTheirCategoryAndCuratedRowsAreOurs() {
        KnowledgeEntry curated = new KnowledgeEntry(
                "c1",
                CuratedCookies.SOURCE_ID,
                "__cf_bm",
                false,
                List.of("doubleclick.net"),
                "Cloudflare",
                Category.NECESSARY,
                Retention.session(),
                "",
                null,
                "",
                null);
        List<KnowledgeEntry> judged = BUSINESS.judge(List.of(
                entry("_gtm_x", List.of("googletagmanager.com"), "Google Tag Manager", Category.NECESSARY),
                entry("__cfruid", List.of("cloudflare.com"), "CloudFlare", Category.NECESSARY),
                entry("cart_sig", List.of("doubleclick.net"), "Shop system", Category.NECESSARY),
                entry("PHPSESSID", List.of(), "PHP", Category.NECESSARY),
                curated));

        assertThat(judged).extracting(KnowledgeEntry::category).containsOnly(Category.NECESSARY);
    }

    @Test
    void aThirdPartyCookieOnABusinessDomainIsJudgedByThatBusinessWhateverItsSourceSays() {
        Tracker doubleclick = new Tracker(
                "doubleclick.net", "doubleclick", "DoubleClick", TrackerKind.ADVERTISING, "Google", "US", "t");
        Tracker hotjar = new Tracker("hotjar.com", "hotjar", "Hotjar", TrackerKind.SITE_ANALYTICS, null, null, "t");
        Tracker cdn = new Tracker("cloudflare.com", "cloudflare", "CloudFlare", TrackerKind.CDN, null, null, "t");

        assertThat(VendorBusiness.ofThirdParty(Category.NECESSARY, Optional.of(doubleclick)))
                .isEqualTo(Category.MARKETING);
        assertThat(VendorBusiness.ofThirdParty(Category.PREFERENCES, Optional.of(hotjar)))
                .isEqualTo(Category.ANALYTICS);
        assertThat(VendorBusiness.ofThirdParty(Category.ANALYTICS, Optional.of(doubleclick)))
                .isEqualTo(Category.ANALYTICS);
        assertThat(VendorBusiness.ofThirdParty(Category.NECESSARY, Optional.of(cdn)))
                .isEqualTo(Category.NECESSARY);
        assertThat(VendorBusiness.ofThirdParty(Category.PREFERENCES, Optional.empty()))
                .isEqualTo(Category.PREFERENCES);
    }

    private static KnowledgeEntry entry(String name, List<String> domains, String platform, Category category) {
        return new KnowledgeEntry(
                name,
                "open-cookie-database",
                name,
                false,
                domains,
                platform,
                category,
                Retention.session(),
                "",
                null,
                "",
                null);
    }
}
