package nl.cookiekeur.cli.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.classification.CookieAdvisor;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.compliance.Assessor;
import nl.cookiekeur.compliance.CheckId;
import nl.cookiekeur.compliance.FailingCheck;
import nl.cookiekeur.evidence.ControlRole;
import nl.cookiekeur.evidence.EvidenceBuilder;
import nl.cookiekeur.evidence.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} with a check that throws: the reports say so and the exit code is 4, before --fail-on's 1. */
class IncompleteAssessmentTest {

    @TempDir
    Path work;

    private Path evidence;

    @BeforeEach
    void saveEvidenceWithAFinding() {
        evidence = work.resolve("bewijs");
        TestApplication.services()
                .evidenceArchive()
                .write(
                        EvidenceBuilder.site("https://www.shop.nl/")
                                .cookie(Phase.INITIAL, "_fbp", ".shop.nl", Duration.ofDays(90))
                                .cookie(Phase.INITIAL, "_ga", ".shop.nl", Duration.ofDays(730))
                                .banner(Phase.INITIAL)
                                .button(1, ControlRole.ACCEPT, "Accepteren")
                                .done()
                                .build(),
                        evidence);
    }

    private static CliServices failing(CheckId check) {
        CliServices real = TestApplication.services();
        Assessor assessor = new Assessor(
                real.cookieClassifier(),
                real.knowledgeBase(),
                new CookieAdvisor(real.advisor()),
                real.decisionTree().citations(),
                FailingCheck.catalogueWith(check, "bug in de controle"));
        return new CliServices(
                real.decisionTree(),
                real.advisor(),
                real.toolCatalogue(),
                real.knowledgeBase(),
                real.cookieClassifier(),
                real.siteScanner(),
                real.workerScanner(),
                real.evidenceArchive(),
                assessor::assess,
                real.reportWriter(),
                real.history(),
                real.consentPlatform(),
                real.accounts(),
                real.monitor(),
                real.statementLines());
    }

    private CliRun report(CliServices services, String out, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "report";
        args[1] = evidence.toString();
        args[2] = "--out";
        args[3] = work.resolve(out).toString();
        args[4] = "--db";
        args[5] = "jdbc:h2:file:" + work.resolve("history");
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(services, "", args);
    }

    @Test
    void aThrowingCheckMakesTheExitCodeFourAndShowsInEveryReport() throws IOException {
        CliRun run = report(failing(CheckId.NL_CK_05), "rapport", "--fail-on", "laag", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out())
                .contains("Assessment incomplete for https://www.shop.nl/: 1 check(s) could not be evaluated.")
                .contains("Check NL-CK-05 could not be evaluated: IllegalStateException: bug in de controle");
        JsonNode json = new ObjectMapper().readTree(Files.readString(work.resolve("rapport/report.json")));
        assertThat(json.path("verdict").path("status").asText()).isEqualTo("incomplete");
        assertThat(json.path("checkErrors").get(0).path("checkId").asText()).isEqualTo("NL-CK-05");
        assertThat(Files.readString(work.resolve("rapport/report.html")))
                .contains("Check NL-CK-05 could not be evaluated: IllegalStateException: bug in de controle");
    }

    @Test
    void withEveryCheckEvaluatedFailOnStillGivesOne() {
        CliRun run = report(TestApplication.services(), "rapport", "--fail-on", "laag");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("Niet in orde")
                .doesNotContain("Beoordeling onvolledig", "kon niet worden uitgevoerd");
    }

    @Test
    void reportsThatCannotBeWrittenEndWithSevenInOneLine() throws IOException {
        Files.writeString(work.resolve("bezet"), "een bestand, geen map");

        CliRun run = report(TestApplication.services(), "bezet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(7);
        assertThat(run.err())
                .startsWith("Kan niet schrijven: ")
                .doesNotContain("Exception")
                .hasLineCount(1);
    }
}
