package nl.cookiekeur.knowledge.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.knowledge.data.OpenCookieDatabase;
import org.junit.jupiter.api.Test;

class ObservedCookieSampleTest {
    private static final List<KnowledgeEntry> ENTRIES = OpenCookieDatabase.load();

    @Test
    void shippedSampleIsWhatTheGeneratorProducesWithItsSeed() throws IOException {
        StringBuilder generated = new StringBuilder();
        ObservedCookieSample.write(ObservedCookieSample.draw(ENTRIES, 3000, ObservedCookieSample.SEED), generated);

        try (InputStream shipped = getClass().getResourceAsStream("observed-cookies.csv")) {
            assertThat(shipped).isNotNull();
            assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8))
                    .as("regenerate with ObservedCookieSample (see docs/benchmarks.md)")
                    .isEqualTo(generated.toString());
        }
    }

    @Test
    void wildcardEntriesGetARealisticSuffixAndThirdPartyEntriesTheirOwnDomain() {
        List<ObservedCookie> sample = ObservedCookieSample.draw(ENTRIES, 2000, 3);

        assertThat(sample)
                .filteredOn(o -> o.entry().wildcard())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.cookie().name())
                        .startsWith(o.entry().name())
                        .isNotEqualTo(o.entry().name()));
        assertThat(sample)
                .filteredOn(o -> !o.entry().firstParty())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.entry().domains())
                        .contains(o.cookie().domain().substring(1)));
        assertThat(sample).extracting(ObservedCookie::label).doesNotContain(Category.UNKNOWN);
    }

    @Test
    void sessionRetentionGivesSessionCookies() {
        List<ObservedCookie> sample = ObservedCookieSample.draw(ENTRIES, 2000, 3);

        assertThat(sample)
                .filteredOn(o -> o.entry().retention() instanceof nl.cookiekeur.classification.Retention.Session)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.cookie().session()).isTrue());
    }
}
