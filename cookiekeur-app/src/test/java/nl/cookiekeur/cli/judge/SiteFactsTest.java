package nl.cookiekeur.cli.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --site-facts}: the owner's declaration of settings a scan cannot see. Only with it may exempt-looking
 * analytics keep the exemption; the reports show it as the owner's word; a bad file is one Dutch line, exit 2.
 */
class SiteFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DECLARED = """
            {"about": "Verklaard door de eigenaar",
             "tools": {"matomo": {"ipAnonymised": true, "dataSharingOff": true,
                                  "processorAgreement": true, "noUserIds": true}}}
            """;

    @TempDir
    Path work;

    private Path evidence;

    @BeforeEach
    void saveEvidenceWithExemptLookingMatomo() {
        evidence = work.resolve("bewijs");
        TestApplication.services()
                .evidenceArchive()
                .write(
                        EvidenceBuilder.site("https://www.shop.nl/")
                                .noBanner(Phase.INITIAL)
                                .requestedCookie(
                                        Phase.INITIAL,
                                        "_pk_id.1.abcd",
                                        "www.shop.nl",
                                        Duration.ofDays(393),
                                        "https://www.shop.nl/matomo.js")
                                .build(),
                        evidence);
    }

    private CliRun report(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "report",
                evidence.toString(),
                "--out",
                work.resolve(out).toString(),
                "--db",
                "jdbc:h2:file:" + work.resolve("history")));
        args.addAll(List.of(more));
        return CliRun.of(TestApplication.services(), "", args.toArray(String[]::new));
    }

    private JsonNode matomo(String out) throws IOException {
        JsonNode report = JSON.readTree(Files.readString(work.resolve(out).resolve("report.json")));
        for (JsonNode item : report.path("items")) {
            if (item.path("name").asText().equals("_pk_id.1.abcd")) {
                return item;
            }
        }
        throw new AssertionError("no _pk_id item in " + report.path("items"));
    }

    @Test
    void withoutFactsExemptLookingAnalyticsNeedsConsent() throws IOException {
        CliRun run = report("zonder", "--fail-on", "hoog");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(matomo("zonder").toString()).contains("\"consentRequired\":true");
        JsonNode report = JSON.readTree(Files.readString(work.resolve("zonder/report.json")));
        assertThat(report.has("siteFacts")).isFalse();
        assertThat(report.path("findings").toString()).contains("NL-CK-21", "NL-CK-01");
    }

    @Test
    void declaredFactsLetTheExemptionApplyOnTheOwnersWord() throws IOException {
        Path facts = Files.writeString(work.resolve("sitefeiten.json"), DECLARED);

        CliRun run = report("met", "--site-facts", facts.toString(), "--fail-on", "hoog");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = matomo("met");
        assertThat(item.toString()).contains("\"consentRequired\":false").contains("Op uw eigen verklaring");
        JsonNode report = JSON.readTree(Files.readString(work.resolve("met/report.json")));
        assertThat(report.path("siteFacts").get(0).path("tool").asText()).isEqualTo("matomo");
        assertThat(report.path("siteFacts").get(0).path("source").asText()).isEqualTo("owner");
        assertThat(Files.readString(work.resolve("met/report.html"))).contains("Op uw eigen verklaring");
        assertThat(Files.readString(work.resolve("met/report.md"))).contains("Op uw eigen verklaring");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"tools\": {\"google-analytic-4\": {\"ipAnonymised\": true}}}",
                "{\"tools\": {\"matomo\": {\"ipAnonymised\": \"ja\"}}}",
                "{\"tools\": {\"matomo\": {\"ipMasked\": true}}}",
                "{\"tool\": {}}",
                "[1, 2]",
                "{\"tools\": {",
            })
    void aBadFileIsOneDutchLineAndExitTwo(String content) throws IOException {
        Path facts = Files.writeString(work.resolve("fout.json"), content);

        CliRun run = report("fout", "--site-facts", facts.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("sitefeitenbestand", "fout.json");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(work.resolve("fout")).doesNotExist();
    }

    @Test
    void aMissingFileIsBadInputToo() {
        CliRun run =
                report("weg", "--site-facts", work.resolve("bestaat-niet.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("het sitefeitenbestand").contains("bestaat niet");
    }

    @Test
    void theSchemaAcceptsTheDocumentedExampleAndRefusesWhatTheCliRefuses() throws IOException {
        Path docs = Path.of("..", "docs");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(docs.resolve("site-facts.schema.json"))));
        String doc = Files.readString(docs.resolve("site-facts.md"));
        String example = doc.substring(doc.indexOf("```json") + 7, doc.indexOf("```", doc.indexOf("```json") + 7));

        assertThat(schema.validate(JSON.readTree(example))).isEmpty();
        assertThat(schema.validate(JSON.readTree(DECLARED))).isEmpty();
        assertThat(schema.validate(JSON.readTree("{\"tools\": {\"matomo\": {\"ipAnonymised\": \"ja\"}}}")))
                .isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"tools\": {\"matomo\": {\"ipMasked\": true}}}")))
                .isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"tool\": {}}"))).isNotEmpty();
        Path facts = Files.writeString(work.resolve("voorbeeld.json"), example);
        assertThat(report("voorbeeld", "--site-facts", facts.toString()).exitCode())
                .isIn(0, 1);
    }
}
