package nl.cookiekeur.cli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import org.junit.jupiter.api.Test;

class KnowledgeSourcesAndStatsTest {

    private static CliRun run(String... args) {
        return CliRun.of(TestApplication.services(), "", args);
    }

    @Test
    void sourcesShowLicenceAndAttribution() {
        CliRun run = run("knowledge", "sources");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Bronnen van de kennisbank")
                .contains("Licentie: Apache-2.0")
                .contains("Naamsvermelding: Open Cookie Database, Jack Kwakman and contributors")
                .contains("Licentie: CC-BY-4.0")
                .contains(
                        "Naamsvermelding: WhoTracks.me tracker database (2022-08 snapshot), Ghostery GmbH, CC BY 4.0");
    }

    @Test
    void sourcesAsJsonCarryCounts() {
        JsonNode json = KnowledgeJson.parse(
                run("knowledge", "sources", "--format", "json").out());

        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("id").asText()).isEqualTo("open-cookie-database");
        assertThat(json.get(0).get("entries").asInt()).isGreaterThan(2200);
        // 4,327 WhoTracks.me rows, of which curated rows replace four (linkedin.com, analytics.tiktok.com,
        // snap.licdn.com, contentsquare.net)
        assertThat(json.get(1).get("trackerDomains").asInt()).isEqualTo(4323);
        assertThat(json.get(2).get("id").asText()).isEqualTo("cookiekeur-curated");
    }

    @Test
    void statsAsJsonAddUp() {
        JsonNode json = KnowledgeJson.parse(
                run("knowledge", "stats", "--format", "json").out());

        int perSource = 0;
        for (JsonNode count : json.get("entriesPerSource")) {
            perSource += count.asInt();
        }
        int perCategory = 0;
        for (JsonNode count : json.get("entriesPerCategory")) {
            perCategory += count.asInt();
        }
        assertThat(perSource).isEqualTo(json.get("entries").asInt());
        assertThat(perCategory).isEqualTo(json.get("entries").asInt());
        assertThat(json.get("entriesPerCategory").fieldNames())
                .toIterable()
                .containsExactly("necessary", "preferences", "analytics", "marketing", "unknown");
        assertThat(json.get("wildcardEntries").asInt()).isPositive();
        assertThat(json.get("unknownRetention").asInt()).isPositive();
        assertThat(json.get("trackerDomains").asInt()).isGreaterThan(4327);
        assertThat(json.get("loadTimeMillis").asLong()).isPositive();
    }

    @Test
    void statsAsMarkdownHaveTables() {
        CliRun run = run("knowledge", "stats", "--format", "markdown", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Knowledge base in figures").contains("| analytics |");
    }

    @Test
    void theParentCommandShowsItsSubcommands() {
        CliRun run = run("knowledge");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("lookup").contains("sources").contains("stats");
    }
}
