package nl.cookiekeur.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.law.AnsweredQuestion;
import nl.cookiekeur.law.DecisionPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdviceByAnswersTest {
    private static final String TRACKING_BY_THIRD_PARTY = "V1=ja,V2=nee,V3=nee,V4=nee,V5=nee,V6=ja,V7=ja";

    static Stream<DecisionPath> everyPath() {
        return TestApplication.services().decisionTree().paths().stream();
    }

    @ParameterizedTest
    @MethodSource("everyPath")
    void everyPathOfTheTreeGivesItsAdviceAsJson(DecisionPath path) {
        List<String> args = new ArrayList<>(List.of("advies", "--format", "json"));
        for (AnsweredQuestion step : path.steps()) {
            args.add("--answer");
            args.add(step.question() + "=" + (step.answer() ? "ja" : "nee"));
        }

        CliRun run = CliRun.of(TestApplication.services(), "", args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        int advice = path.advice().number();
        assertThat(json.get("status").asText()).isEqualTo("concluded");
        assertThat(json.get("advice").asInt()).isEqualTo(advice);
        assertThat(json.get("consentRequired").asBoolean()).isEqualTo(advice >= 6);
        assertThat(json.get("informationDuty").asBoolean()).isEqualTo(advice >= 6);
        assertThat(json.get("path")).hasSize(path.steps().size());
        assertThat(json.get("citations")).isNotEmpty();
    }

    @Test
    void concludedAdviceAsJsonHasEveryPromisedField() {
        CliRun run = CliRun.of(
                TestApplication.services(),
                "",
                "advies",
                "--answer",
                TRACKING_BY_THIRD_PARTY,
                "-a",
                "K1=ja",
                "--format=json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(Json.fieldNames(json))
                .containsSubsequence(
                        "status",
                        "advice",
                        "title",
                        "consentRequired",
                        "informationDuty",
                        "verdict",
                        "avgDuties",
                        "consentRules",
                        "steps",
                        "path",
                        "obligations",
                        "citations")
                .doesNotContain("tool");
        assertThat(json.get("advice").asInt()).isEqualTo(7);
        assertThat(json.get("verdict").asText()).contains("Fashion ID");
        assertThat(json.get("consentRules")).isNotEmpty();
        assertThat(json.get("steps")).isNotEmpty();
        assertThat(json.get("obligations")).hasSize(1);
        assertThat(json.get("obligations").get(0).get("question").asText()).isEqualTo("K1");
        assertThat(json.get("unansweredCrossCutting").toString()).isEqualTo("[\"K2\",\"K3\"]");
        JsonNode citation = json.get("citations").get(0);
        assertThat(Json.fieldNames(citation))
                .containsExactly(
                        "id", "instrument", "provision", "title", "titleEn", "referenceEn", "url", "uncertain");
        assertThat(Json.texts(json.get("citations"), "id")).contains("cjeu-fashion-id");
    }

    @Test
    void concludedAdviceAsTextShowsVerdictDutiesStepsAndSources() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "--answer", TRACKING_BY_THIRD_PARTY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Advies 7: ")
                .contains("Toestemming vooraf nodig: ja")
                .contains("Informatieplicht volgens de Telecommunicatiewet: ja")
                .contains("Eisen aan geldige toestemming")
                .contains("Wat u moet doen\n---------------\n\n1. ")
                .contains("V7 (ja): ")
                .contains("Nog niet beantwoord: K1, K2, K3.")
                .contains("Bronnen\n-------")
                .contains("Fashion ID");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void concludedAdviceAsMarkdownUsesHeadingsAndLists() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=ja,V2=ja", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# Advies 4: ")
                .contains("- **Toestemming vooraf nodig:** nee")
                .contains("## Wat u moet doen\n\n1. ")
                .contains("## Bronnen\n\n- Telecommunicatiewet art. 11.7a lid 3 onder a");
    }

    @Test
    void adviceInEnglishWhenAsked() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=yes,V2=yes", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Advice 4: ")
                .contains("Prior consent required: no")
                .contains("V2 (yes): ");
    }

    @Test
    void missingAnswerShowsTheOpenQuestionAsJson() {
        CliRun run =
                CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=ja", "-a", "V2=nee", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.parse(run.out());
        assertThat(json.get("status").asText()).isEqualTo("open");
        assertThat(json.get("nextQuestion").get("id").asText()).isEqualTo("V3");
        assertThat(json.get("nextQuestion").get("question").asText()).isNotBlank();
        assertThat(json.get("nextQuestion").get("yes").get("advice").asInt()).isEqualTo(2);
        assertThat(json.get("nextQuestion").get("no").get("question").asText()).isEqualTo("V4");
        assertThat(json.get("path")).hasSize(2);
        assertThat(json.has("advice")).isFalse();
    }

    @Test
    void missingAnswerShowsTheOpenQuestionAndHowToAnswerIt() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=ja");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Nog geen advies: vraag V2 is nog niet beantwoord\n")
                .contains("V2: Dient de opslag of uitlezing uitsluitend")
                .contains("  cookiekeur advies --answer V1=ja --answer V2=ja\n");
    }

    @Test
    void missingAnswerAsMarkdownShowsTheCommandAsCode() {
        CliRun run = CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=ja", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("# Nog geen advies: vraag V2 is nog niet beantwoord\n")
                .contains("```sh\ncookiekeur advies --answer V1=ja --answer V2=ja\n```\n");
    }

    @Test
    void answersOffThePathAreReportedAsUnused() {
        CliRun run =
                CliRun.of(TestApplication.services(), "", "advies", "-a", "V1=ja,V2=ja,V9=nee", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(Json.texts(Json.parse(run.out()).get("unusedAnswers"))).containsExactly("V9");
    }
}
