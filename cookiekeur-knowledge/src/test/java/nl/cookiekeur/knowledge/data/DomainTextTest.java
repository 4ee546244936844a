package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainTextTest {

    @Test
    void emptyTextMeansFirstParty() {
        assertThat(DomainText.parse("").domains()).isEmpty();
        assertThat(DomainText.parse("  ").invalidPart()).isNull();
    }

    @Test
    void dropsLeadingDotsPartyMarkersAndSubdomains() {
        assertThat(DomainText.parse(".linkedin.com").domains()).containsExactly("linkedin.com");
        assertThat(DomainText.parse("doubleclick.net (3rd party)").domains()).containsExactly("doubleclick.net");
        assertThat(DomainText.parse("nl.sitestat.com (3rd party)").domains()).containsExactly("sitestat.com");
        assertThat(DomainText.parse("Inspectlet.com (3rd party)").domains()).containsExactly("inspectlet.com");
    }

    @Test
    void splitsListsAndRemovesDuplicates() {
        assertThat(DomainText.parse(".bing.com (3rd party) or .microsoft.com (3rd party)")
                        .domains())
                .containsExactly("bing.com", "microsoft.com");
        assertThat(DomainText.parse("google-analytics.com (3rd party) or ").domains())
                .containsExactly("google-analytics.com");
        assertThat(DomainText.parse("a.example.com, b.example.com; example.org").domains())
                .containsExactly("example.com", "example.org");
    }

    @Test
    void dropsPlaceholderLabelsAndInvisibleCharacters() {
        assertThat(DomainText.parse("ads-[account].adhese.com").domains()).containsExactly("adhese.com");
        assertThat(DomainText.parse(".commander1.com\u200b").domains()).containsExactly("commander1.com");
    }

    @Test
    void reportsThePartThatIsNoHost() {
        assertThat(DomainText.parse("example.com or http://x").invalidPart()).isEqualTo("http://x");
    }
}
