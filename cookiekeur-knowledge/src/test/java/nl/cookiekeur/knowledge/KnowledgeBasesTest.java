package nl.cookiekeur.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.classification.KnowledgeStats;
import org.junit.jupiter.api.Test;

/** The fast shipped load must give the same knowledge base as validating and merging the CSV data files. */
class KnowledgeBasesTest {

    @Test
    void shippedEqualsTheKnowledgeLoadedFromTheDataFiles() {
        InMemoryKnowledgeBase shipped = KnowledgeBases.shipped();
        InMemoryKnowledgeBase fromDataFiles = KnowledgeBases.fromDataFiles();

        assertThat(shipped.entries()).containsExactlyElementsOf(fromDataFiles.entries());
        assertThat(shipped.sources()).containsExactlyElementsOf(fromDataFiles.sources());
        KnowledgeStats stats = shipped.stats();
        assertThat(stats).usingRecursiveComparison().ignoringFields("loadTime").isEqualTo(fromDataFiles.stats());
        assertThat(stats.trackerDomains()).isGreaterThan(4000);
        assertThat(shipped.trackerForHost("stats.g.doubleclick.net"))
                .isEqualTo(fromDataFiles.trackerForHost("stats.g.doubleclick.net"))
                .isPresent();
    }
}
