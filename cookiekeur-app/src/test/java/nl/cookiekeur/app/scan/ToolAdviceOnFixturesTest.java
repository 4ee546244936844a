package nl.cookiekeur.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.fixtures.FixtureServer;
import nl.cookiekeur.fixtures.FixtureSite;
import nl.cookiekeur.fixtures.junit.FixtureSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan and the advisor give one answer per tool: a scan of GA4 on its default settings advises its items as
 * {@code cookiekeur advies --tool google-analytics-4} does, and a tag manager that loads GA4 is judged as GA4.
 */
@FixtureSites
class ToolAdviceOnFixturesTest {

    @TempDir
    static Path work;

    private static FixtureServer server;
    private static CliServices services;

    @BeforeAll
    static void start(FixtureServer shared) {
        server = shared;
        services = TestApplication.services();
    }

    private static List<JsonNode> items(FixtureSite site) {
        Path out = work.resolve(site.name());
        CliScan scan = CliScan.run(
                services,
                out,
                "scan",
                server.url(site).toString(),
                "--host-rules",
                server.hostRules(),
                "--ignore-https-errors",
                "--pages",
                "2",
                "--out",
                out.toString(),
                "--db",
                "jdbc:h2:file:" + work.resolve("history") + ";MODE=PostgreSQL");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        List<JsonNode> items = new ArrayList<>();
        scan.report().path("items").forEach(items::add);
        return items;
    }

    private static JsonNode item(List<JsonNode> items, String name) {
        return items.stream()
                .filter(i -> i.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + items));
    }

    @Test
    void ga4OnDefaultSettingsGetsTheAdviceOfItsToolProfile() throws Exception {
        CliRun advice = CliRun.of(services, "", "advies", "--tool", "google-analytics-4", "--format", "json");
        JsonNode profile = new ObjectMapper().readTree(advice.out());
        assertThat(profile.path("advice").asInt()).isEqualTo(10);
        assertThat(profile.path("consentRequired").asBoolean()).isTrue();

        List<JsonNode> items = items(FixtureSite.FOTOSTUDIO_LICHTPUNT);

        for (String name : List.of("_ga", "_ga_LICHT001", "region1.google-analytics.com", "www.googletagmanager.com")) {
            JsonNode item = item(items, name);
            assertThat(item.path("advice").asInt())
                    .as(name)
                    .isEqualTo(profile.path("advice").asInt());
            assertThat(item.path("consentRequired").asBoolean()).as(name).isTrue();
        }
        assertThat(item(items, "_ga").toString()).contains("gevraagd: 2 jaar; Chromium begrenst tot 400 dagen");
    }

    @Test
    void aTagManagerThatLoadsAnalyticsIsJudgedByWhatItLoads() {
        List<JsonNode> items = items(FixtureSite.RIJSCHOOL_STUURVAST);

        JsonNode tagManager = item(items, "www.googletagmanager.com");
        assertThat(tagManager.path("category").asText()).isEqualTo("analytics");
        assertThat(tagManager.path("advice").asInt()).isEqualTo(10);
        assertThat(tagManager.path("consentRequired").asBoolean()).isTrue();
        assertThat(tagManager.toString()).contains("beoordeeld naar wat hij laadt");
    }
}
