package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.reporting.json.JsonReport;
import nl.cookiekeur.reporting.view.ReportView;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Produced {@code report.json} files must validate against {@code docs/report-schema.json}. */
class ReportSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "report-schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSchema() throws IOException {
        JsonNode node = MAPPER.readTree(Files.readString(SCHEMA));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    @Test
    void theWrittenReportOfARealisticScanIsValid() throws IOException {
        new FolderReportWriter().write(Sample.realistic(), GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
        JsonNode report = MAPPER.readTree(Files.readString(out.resolve("report.json")));

        assertThat(schema.validate(report)).isEmpty();
        assertThat(report.path("schemaVersion").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(report.path("phases").path("initial").path("cookies")).hasSize(3);
        assertThat(report.path("findings").get(0).path("checkId").asText()).isEqualTo("NL-CK-01");
    }

    @Test
    void aReportWithHostileStringsIsValid() {
        JsonNode report = JsonReport.tree(ReportView.of(
                Sample.with(s -> s + "\"}<script>alert(1)</script>\u0000\u2028", s -> "javascript:alert(1)//" + s)));

        assertThat(schema.validate(report)).isEmpty();
    }

    @Test
    void aScanWithNothingObservedAndPhasesNotRunIsValid() {
        Instant start = Instant.parse("2026-03-02T09:15:00Z");
        ScanInfo info = new ScanInfo(
                1,
                "https://example.nl/",
                start,
                start.plusSeconds(5),
                "0.1.0",
                "Chromium",
                "UA",
                "1366x768",
                List.of(Phase.INITIAL),
                1);
        ScanEvidence evidence = new ScanEvidence(
                info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        JsonNode report = JsonReport.tree(
                ReportView.of(new Assessment(evidence, List.of(), List.of(), List.of(), List.of(), "rules-1")));

        assertThat(schema.validate(report)).isEmpty();
        assertThat(report.path("verdict").path("status").asText()).isEqualTo("ok");
        assertThat(report.path("phases").path("reject").path("ran").asBoolean()).isFalse();
    }

    @Test
    void theSchemaRejectsAReportWithAnUnknownSeverityOrAMissingList() {
        ObjectNode report = JsonReport.tree(ReportView.of(Sample.realistic()));
        ((ObjectNode) report.path("findings").get(0)).put("severity", "ernstig");
        report.remove("manualChecks");

        Set<ValidationMessage> errors = schema.validate(report);

        assertThat(errors)
                .extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("severity"))
                .anySatisfy(m -> assertThat(m).contains("manualChecks"));
    }
}
