package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.CheckError;
import nl.cookiekeur.compliance.LocalizedText;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check that could not be evaluated is shown at the top of every report, and the verdict is incomplete. */
class CheckErrorReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    private static Assessment withFailedCheck() {
        Assessment realistic = Sample.realistic();
        return new Assessment(
                realistic.evidence(),
                realistic.findings(),
                realistic.items(),
                realistic.declarations(),
                realistic.manualChecks(),
                List.of(new CheckError(
                        "NL-CK-07",
                        new LocalizedText("Weigeren als link", "Reject as a link"),
                        "IllegalStateException: <b>index 3</b> out of bounds")),
                realistic.rulesVersion());
    }

    @Test
    void reportJsonListsTheFailedCheckAndIsValid() throws IOException {
        new FolderReportWriter().write(withFailedCheck(), GoldenFilesTest.EVIDENCE, out, Language.DUTCH);
        JsonNode report = MAPPER.readTree(Files.readString(out.resolve("report.json")));

        JsonNode schema = MAPPER.readTree(Files.readString(Path.of("..", "docs", "report-schema.json")));
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(schema)
                        .validate(report))
                .isEmpty();
        assertThat(report.path("verdict").path("status").asText()).isEqualTo("incomplete");
        JsonNode error = report.path("checkErrors").get(0);
        assertThat(error.path("checkId").asText()).isEqualTo("NL-CK-07");
        assertThat(error.path("reason").asText()).isEqualTo("IllegalStateException: <b>index 3</b> out of bounds");
        assertThat(error.path("message").path("nl").asText())
                .isEqualTo(
                        "Controle NL-CK-07 kon niet worden uitgevoerd: IllegalStateException: <b>index 3</b> out of bounds");
        assertThat(error.path("message").path("en").asText())
                .isEqualTo(
                        "Check NL-CK-07 could not be evaluated: IllegalStateException: <b>index 3</b> out of bounds");
        assertThat(report.path("findings")).isNotEmpty();
    }

    @Test
    void theHtmlAndMarkdownReportsSayItNearTheTopInTheirLanguage() throws IOException {
        new FolderReportWriter().write(withFailedCheck(), GoldenFilesTest.EVIDENCE, out.resolve("nl"), Language.DUTCH);
        new FolderReportWriter()
                .write(withFailedCheck(), GoldenFilesTest.EVIDENCE, out.resolve("en"), Language.ENGLISH);

        String html = Files.readString(out.resolve("nl").resolve("report.html"));
        assertThat(html)
                .contains("Beoordeling onvolledig: 1 controle(s) konden niet worden uitgevoerd")
                .contains("Controle NL-CK-07 kon niet worden uitgevoerd: IllegalStateException: &lt;b&gt;index 3")
                .doesNotContain("<b>index 3</b>");
        assertThat(html.indexOf("NL-CK-07 kon niet")).isLessThan(html.indexOf("id=\"summary\""));
        String markdown = Files.readString(out.resolve("en").resolve("report.md"));
        assertThat(markdown).contains("Check NL-CK-07 could not be evaluated: IllegalStateException");
        assertThat(markdown.indexOf("could not be evaluated")).isLessThan(markdown.indexOf("## "));
        assertThat(Files.readString(out.resolve("en").resolve("report.html")))
                .contains("Assessment incomplete: 1 check(s) could not be evaluated");
    }
}
