package nl.cookiekeur.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationValuesTest {

    private static KnowledgeEntry entry(String name, List<String> domains) {
        return new KnowledgeEntry(
                "id-1",
                "test",
                name,
                false,
                domains,
                "Vendor",
                Category.ANALYTICS,
                Retention.session(),
                "Vendor",
                null,
                "",
                null);
    }

    @Test
    void categoriesHaveStableLowerCaseIds() {
        assertThat(Category.values())
                .extracting(Category::id)
                .containsExactly("necessary", "preferences", "analytics", "marketing", "unknown");
        assertThat(Category.fromId(" Marketing ")).contains(Category.MARKETING);
        assertThat(Category.fromId("functional")).isEmpty();
    }

    @Test
    void anEntryWithoutDomainsIsFirstParty() {
        assertThat(entry("_ga", List.of()).firstParty()).isTrue();
        assertThat(entry("MUID", List.of("bing.com")).firstParty()).isFalse();
    }

    @Test
    void anEntryNeedsANameAndNoBlankDomains() {
        assertThatThrownBy(() -> entry("", List.of())).hasMessageContaining("name");
        assertThatThrownBy(() -> entry("x", List.of(" "))).hasMessageContaining("domains");
    }

    @Test
    void anOverrideKeepsEverythingButNamesTheReplacedEntry() {
        KnowledgeEntry original = entry("_ga", List.of());

        KnowledgeEntry override = original.withReplaces("upstream-7");

        assertThat(override.replaces()).isEqualTo("upstream-7");
        assertThat(override.withReplaces("upstream-7")).isEqualTo(override);
        assertThat(override.name()).isEqualTo(original.name());
    }

    @Test
    void aFixedRetentionCannotBeNegative() {
        assertThatThrownBy(() -> Retention.of(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Retention.of(Duration.ZERO)).isEqualTo(new Retention.Fixed(Duration.ZERO));
    }

    @Test
    void anAmbiguousLookupNeedsAtLeastTwoCandidates() {
        CookieMatch one = new CookieMatch(entry("x", List.of()), MatchKind.EXACT, Evidence.NONE);

        assertThatThrownBy(() -> new CookieLookup.Ambiguous(List.of(one))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CookieLookup.Ambiguous(List.of(one, one)).candidates()).hasSize(2);
    }

    @Test
    void trackerKindsImplyCategories() {
        assertThat(TrackerKind.ADVERTISING.category()).isEqualTo(Category.MARKETING);
        assertThat(TrackerKind.SITE_ANALYTICS.category()).isEqualTo(Category.ANALYTICS);
        assertThat(TrackerKind.CONSENT.category()).isEqualTo(Category.NECESSARY);
        assertThat(TrackerKind.CUSTOMER_INTERACTION.category()).isEqualTo(Category.UNKNOWN);
    }
}
