package nl.cookiekeur.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdviceByToolTest {

    private static CliRun run(String... args) {
        return CliRun.of(TestApplication.services(), "", args);
    }

    @Test
    void microsoftClarityNeedsConsentWithCitationsAsJson() {
        CliRun run = run("advies", "--tool", "microsoft-clarity", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("status").asText()).isEqualTo("concluded");
        assertThat(json.get("consentRequired").asBoolean()).isTrue();
        assertThat(json.get("informationDuty").asBoolean()).isTrue();
        assertThat(json.get("advice").asInt()).isBetween(6, 10);
        assertThat(json.get("citations")).isNotEmpty();
        assertThat(json.get("citations").get(0).get("provision").asText()).isNotBlank();
        JsonNode tool = json.get("tool");
        assertThat(tool.get("id").asText()).isEqualTo("microsoft-clarity");
        assertThat(tool.get("name").asText()).isEqualTo("Microsoft Clarity");
        assertThat(tool.get("rationale").asText()).isNotBlank();
        assertThat(tool.get("conditions")).isNotEmpty();
        assertThat(tool.get("citations")).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"shopping-cart, 2", "login-session, 3", "load-balancer, 4"})
    void necessaryToolsAreExemptFromConsent(String tool, int advice) {
        CliRun run = run("advies", "--tool", tool, "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("advice").asInt()).isEqualTo(advice);
        assertThat(json.get("consentRequired").asBoolean()).isFalse();
        assertThat(json.get("informationDuty").asBoolean()).isFalse();
    }

    @Test
    void toolAsTextShowsWhyAndWhenTheAdviceChanges() {
        CliRun run = run("advies", "--tool", "hotjar");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Hotjar: advies ")
                .contains("Toestemming vooraf nodig: ja")
                .contains("Waarom dit advies voor Hotjar")
                .contains("Wanneer het advies verandert")
                .contains("Bronnen voor Hotjar");
    }

    @Test
    void toolAsMarkdownInEnglish() {
        CliRun run = run("advies", "--tool", "load-balancer", "--format", "markdown", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(": advice 4 (")
                .contains("- **Prior consent required:** no")
                .contains("## When the advice changes");
    }

    @Test
    void toolIdIsCaseInsensitive() {
        CliRun run = run("advies", "--tool", "Shopping-Cart", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(Json.parse(run.out()).get("advice").asInt()).isEqualTo(2);
    }

    @Test
    void crossCuttingAnswersAddObligationsToAToolsAdvice() {
        CliRun run = run("advies", "--tool", "meta-pixel", "--answer", "K1=ja,K2=nee,K3=ja", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(Json.texts(json.get("obligations"), "question")).contains("K1", "K3");
        assertThat(json.get("unansweredCrossCutting")).isEmpty();
    }

    @Test
    void answerThatContradictsTheProfileIsRejected() {
        CliRun run = run("advies", "--tool", "shopping-cart", "--answer", "V3=nee");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err())
                .isEqualTo("Fout: het profiel shopping-cart beantwoordt V3 al met ja; geef met --tool alleen de vragen"
                        + " K1 tot en met K3 of vragen die het profiel open laat\n");
    }

    @Test
    void listOfToolsAsJsonHasAtLeastFortyEntries() {
        CliRun run = run("advies", "--list-tools", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isGreaterThanOrEqualTo(40);
        JsonNode first = json.get(0);
        assertThat(Json.fieldNames(first)).contains("id", "name", "advice", "consentRequired");
        assertThat(Json.texts(json, "id")).contains("microsoft-clarity", "shopping-cart", "google-analytics-4");
        for (JsonNode tool : json) {
            assertThat(tool.get("consentRequired").asBoolean())
                    .as(tool.get("id").asText())
                    .isEqualTo(tool.get("advice").asInt() >= 6);
        }
    }

    @Test
    void listOfToolsAsTextIsATable() {
        CliRun run = run("advies", "--list-tools");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Bekende hulpmiddelen (")
                .contains("\nid ")
                .contains("  cookiekeur advies --tool <id>");
        assertThat(run.out().lines().filter(line -> line.startsWith("microsoft-clarity ")))
                .singleElement()
                .asString()
                .endsWith(" ja");
    }

    @Test
    void listOfToolsAsMarkdownIsAPipeTable() {
        CliRun run = run("advies", "--list-tools", "--format", "markdown", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# Known tools (")
                .contains("| id | name | kind | advice | consent |\n|---|---|---|---|---|\n")
                .contains("| shopping-cart | Shopping cart |");
    }
}
