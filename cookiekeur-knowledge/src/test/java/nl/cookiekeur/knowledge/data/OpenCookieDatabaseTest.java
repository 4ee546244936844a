package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.Retention;
import org.junit.jupiter.api.Test;

class OpenCookieDatabaseTest {
    private static final String HEADER = String.join(",", OpenCookieDatabase.HEADER) + "\n";

    @Test
    void loadsEveryRowOfTheShippedCopy() {
        List<KnowledgeEntry> entries = OpenCookieDatabase.load();

        assertThat(entries).hasSize(2264);
        assertThat(entries.stream().filter(KnowledgeEntry::wildcard)).hasSize(260);
        assertThat(entries).allSatisfy(e -> assertThat(e.source()).isEqualTo("open-cookie-database"));
    }

    @Test
    void readsGoogleAnalyticsGaAsAnalyticsForTwoYears() {
        KnowledgeEntry ga = OpenCookieDatabase.load().stream()
                .filter(e -> e.name().equals("_ga"))
                .findFirst()
                .orElseThrow();

        assertThat(ga.platform()).isEqualTo("Google Analytics");
        assertThat(ga.category()).isEqualTo(Category.ANALYTICS);
        assertThat(ga.retention()).isEqualTo(Retention.of(Duration.ofSeconds(2 * 31_556_952L)));
        assertThat(ga.firstParty()).isTrue();
    }

    @Test
    void functionalIsStrictlyNecessaryOnlyWhenItsPurposeShowsIt() {
        functional("wp_lang", "Stores the language the visitor chose.", Category.PREFERENCES);
        functional("sid", "Keeps the user logged in during the session.", Category.NECESSARY);
        functional("XSRF-TOKEN", "", Category.NECESSARY);
        functional("_gaexp", "Determines inclusion in an experiment.", Category.PREFERENCES);
        // load balancing (WP194 criterion A), traffic security and the visitor's own privacy choice, as the Open
        // Cookie Database words them for AWS, Cloudflare and the IAB's US privacy string
        functional("AWSALBCORS", "For continued stickiness support with CORS use cases.", Category.NECESSARY);
        functional(
                "__cfruid",
                "Used by the content network, Cloudflare, to identify trusted web traffic.",
                Category.NECESSARY);
        functional("_cfuvid", "Only set when a site uses this option in a Rate Limiting Rule.", Category.NECESSARY);
        functional("usprivacy", "This cookie stores the US privacy string.", Category.NECESSARY);
    }

    @Test
    void aFunctionalVisitorIdIsNeitherNecessaryNorAPreference() {
        // a chat widget's visitor id keeps no choice but who the visitor is: needs review, never exempt by label
        functional("__tawkuuid", "Tawk.to cookie used to distinguish users.", Category.UNKNOWN);
        functional("lz_userid", "Sets up a unique ID for the visitor.", Category.UNKNOWN);
        // a necessary purpose still wins: the consent record of a banner, a server session
        functional(
                "consentUUID",
                "A unique identification for users who accepted the cookie consent.",
                Category.NECESSARY);
        functional("ASP.NET_SessionId", "Identifies the users session.", Category.NECESSARY);
    }

    /** An Open Cookie Database "Functional" entry with this name and description is judged {@code expected}. */
    private static void functional(String name, String description, Category expected) {
        assertThat(OpenCookieDatabase.category("Functional", name, description))
                .as(name)
                .contains(expected);
    }

    @Test
    void mapsTheSixUpstreamCategoriesToOurFive() {
        assertThat(OpenCookieDatabase.category("Functional")).contains(Category.PREFERENCES);
        assertThat(OpenCookieDatabase.category("Necessary")).contains(Category.NECESSARY);
        assertThat(OpenCookieDatabase.category("Security")).contains(Category.NECESSARY);
        assertThat(OpenCookieDatabase.category("Personalization")).contains(Category.PREFERENCES);
        assertThat(OpenCookieDatabase.category("analytics")).contains(Category.ANALYTICS);
        assertThat(OpenCookieDatabase.category(" Marketing ")).contains(Category.MARKETING);
        assertThat(OpenCookieDatabase.category("Tracking")).isEmpty();
    }

    @Test
    void splitsMessyDomainListsIntoRegistrableDomains() {
        String csv = HEADER
                + "256c0fe2-d881-11e9-8a34-2a2ae2dbcce4,Bing / Microsoft,Marketing,MUID,"
                + ".bing.com (3rd party) or .microsoft.com (3rd party),Ads id,1 year,Microsoft,https://x.example/p,0\n"
                + "256c0fe2-d881-11e9-8a34-2a2ae2dbcce5,Adobe,Marketing,s_vi, or sub.207.net (3rd party),"
                + "Visitor id,2 years,Adobe,,0\n";

        List<KnowledgeEntry> entries = OpenCookieDatabase.read(new StringReader(csv), "fixture.csv");

        assertThat(entries.get(0).domains()).containsExactly("bing.com", "microsoft.com");
        assertThat(entries.get(1).domains()).containsExactly("207.net");
        assertThat(entries.get(1).privacyUrl()).isNull();
    }

    @Test
    void unknownCategoryFailsWithFileAndLine() {
        String csv = HEADER
                + "256c0fe2-d881-11e9-8a34-2a2ae2dbcce4,X,Functional,a,,\"multi\nline\",1 year,X,,0\n"
                + "256c0fe2-d881-11e9-8a34-2a2ae2dbcce5,X,Tracking,b,,d,1 year,X,,0\n";

        assertThatThrownBy(() -> OpenCookieDatabase.read(new StringReader(csv), "broken.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("broken.csv:4: onbekende categorie 'Tracking'");
    }
}
