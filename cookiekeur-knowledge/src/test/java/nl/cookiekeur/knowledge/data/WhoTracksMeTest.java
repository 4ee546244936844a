package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhoTracksMeTest {

    @ParameterizedTest
    @CsvSource({
        "advertising, ADVERTISING, MARKETING",
        "pornvertising, ADVERTISING, MARKETING",
        "social_media, SOCIAL_MEDIA, MARKETING",
        "site_analytics, SITE_ANALYTICS, ANALYTICS",
        "essential, ESSENTIAL, UNKNOWN",
        "cdn, CDN, NECESSARY",
        "hosting, HOSTING, NECESSARY",
        "consent, CONSENT, NECESSARY",
        "customer_interaction, CUSTOMER_INTERACTION, UNKNOWN",
        "audio_video_player, AUDIO_VIDEO_PLAYER, UNKNOWN",
        "misc, UNKNOWN, UNKNOWN",
        "unknown, UNKNOWN, UNKNOWN"
    })
    void mapsWhoTracksCategoriesToKindsAndCategories(String category, TrackerKind kind, Category ours) {
        assertThat(WhoTracksMe.kind(category)).contains(kind);
        assertThat(kind.category()).isEqualTo(ours);
    }

    @Test
    void loadsGoogleAnalyticsWithCompanyAndCountry() {
        List<Tracker> trackers = WhoTracksMe.load();

        Tracker ga = trackers.stream()
                .filter(t -> t.domain().equals("google-analytics.com"))
                .findFirst()
                .orElseThrow();
        assertThat(ga.name()).isEqualTo("Google Analytics");
        assertThat(ga.kind()).isEqualTo(TrackerKind.SITE_ANALYTICS);
        assertThat(ga.company()).isEqualTo("Google");
        assertThat(ga.country()).isEqualTo("US");
        assertThat(ga.source()).isEqualTo("whotracksme");
    }

    @Test
    void curatedTrackerDomainsReplaceOrAddToUpstream() {
        List<Tracker> merged = CuratedTrackers.apply(WhoTracksMe.load(), CuratedTrackers.load());

        assertThat(merged)
                .filteredOn(t -> t.domain().equals("leadinfo.net"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.country()).isEqualTo("NL");
                    assertThat(t.source()).isEqualTo("cookiekeur-curated");
                });
        java.util.Set<String> upstream =
                WhoTracksMe.load().stream().map(Tracker::domain).collect(java.util.stream.Collectors.toSet());
        long added = CuratedTrackers.load().stream()
                .filter(t -> !upstream.contains(t.domain()))
                .count();
        assertThat(added).isLessThan(CuratedTrackers.load().size());
        assertThat(merged).hasSize(4327 + (int) added);
        assertThat(merged)
                .filteredOn(t -> t.domain().equals("linkedin.com"))
                .singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo(TrackerKind.SOCIAL_MEDIA));
    }
}
