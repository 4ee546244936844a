package nl.cookiekeur.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import org.junit.jupiter.api.Test;

class AdviceTreeTest {

    @Test
    void treeAsJsonHasEveryQuestionAndTenCitedAdvices() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "--tree", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("questions")).hasSize(12);
        assertThat(Json.texts(json.get("questions"), "id"))
                .containsExactly("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9", "K1", "K2", "K3");
        JsonNode v1 = json.get("questions").get(0);
        assertThat(v1.get("kind").asText()).isEqualTo("main");
        assertThat(v1.get("yes").get("question").asText()).isEqualTo("V2");
        assertThat(v1.get("no").get("advice").asInt()).isEqualTo(1);
        JsonNode k2 = json.get("questions").get(10);
        assertThat(k2.get("kind").asText()).isEqualTo("cross-cutting");
        assertThat(k2.has("yes")).isFalse();
        assertThat(k2.get("appliesTo")).isNotEmpty();
        assertThat(json.get("advices")).hasSize(10);
        for (int i = 0; i < 10; i++) {
            JsonNode advice = json.get("advices").get(i);
            assertThat(advice.get("advice").asInt()).isEqualTo(i + 1);
            assertThat(advice.get("consentRequired").asBoolean()).isEqualTo(i + 1 >= 6);
            assertThat(advice.get("citations"))
                    .as("citations of advice %d", i + 1)
                    .isNotEmpty();
        }
    }

    @Test
    void treeAsTextShowsWhereEachAnswerLeads() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "--tree");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("De beslisboom\n=============\n")
                .contains("Vraag V1\n--------")
                .contains("Bij ja: V2\nBij nee: advies 1\n")
                .contains("De tien adviezen\n================")
                .contains("Advies 10: ");
    }

    @Test
    void treeAsMarkdownInEnglish() {
        CliRun run =
                CliRun.of(TestApplication.services(), "", "advies", "--tree", "--format", "markdown", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# The decision tree\n")
                .contains("## Question V9\n")
                .contains("- **If yes:** advice 10\n- **If no:** advice 9\n")
                .contains("# The ten advices\n");
    }
}
