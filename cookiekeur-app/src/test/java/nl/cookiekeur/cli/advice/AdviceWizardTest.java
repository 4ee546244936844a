package nl.cookiekeur.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import org.junit.jupiter.api.Test;

class AdviceWizardTest {

    private static CliRun wizard(String input, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "advies";
        System.arraycopy(options, 0, args, 1, options.length);
        return CliRun.of(TestApplication.services(), input, args);
    }

    @Test
    void walksTheTreeWithUndoExplanationAndBadInputToAnAdvice() {
        String input = String.join(
                "\n",
                "ja", // V1
                "misschien", // not an answer: asked again
                "?", // explanation of V2 again
                "nee", // V2
                "terug", // takes back V2
                "N", // V2 again
                "nee", // V3
                "nee", // V4
                "nee", // V5
                "j", // V6
                "yes", // V7 -> advice 7
                "nee", // K1
                "ja", // K2
                "nee", // K3
                "");

        CliRun run = wizard(input);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("De beslisboom van Cookiekeur.")
                .contains("Vraag V1: ")
                .contains("'misschien' is geen antwoord. Typ ja of nee;")
                .contains("Voorbeelden:")
                .contains("Het antwoord op V2 is teruggenomen.")
                .contains("Het advies staat vast.")
                .contains("Vraag K2: ")
                .contains("Uw antwoorden: V1=ja, V2=nee, V3=nee, V4=nee, V5=nee, V6=ja, V7=ja, K1=nee, K2=ja, K3=nee")
                .contains("Zonder vragen opnieuw: cookiekeur advies --answer V1=ja --answer V2=nee")
                .contains("Advies 7: ")
                .contains("Extra verplichting (K2): ")
                .doesNotContain("Vraag V8")
                .doesNotContain("Nog niet beantwoord");
        assertThat(run.out().indexOf("Vraag V2: ")).isLessThan(run.out().indexOf("Vraag V3: "));
    }

    @Test
    void asksOnlyTheCrossCuttingQuestionsThatMatterForTheAdvice() {
        CliRun run = wizard("nee\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Advies 1: ").doesNotContain("Vraag K1");
    }

    @Test
    void backAtTheFirstQuestionSaysThereIsNothingToTakeBack() {
        CliRun run = wizard("terug\nnee\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Er is nog geen antwoord om terug te nemen.")
                .contains("Advies 1: ");
    }

    @Test
    void stopEndsWithoutAdviceAndExitCodeZero() {
        CliRun run = wizard("ja\nstop\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("Gestopt; er is geen advies gegeven.\n").doesNotContain("Advies ");
    }

    @Test
    void endOfInputStopsCleanly() {
        CliRun run = wizard("ja\nnee\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("Einde van de invoer; gestopt zonder advies.\n");
    }

    @Test
    void wizardSpeaksEnglishWhenAsked() {
        CliRun run = wizard("yes\nyes\nno\nno\nno\n", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("The Cookiekeur decision tree.")
                .contains("Question V1: ")
                .contains("Answer (yes/no/?/back/stop): ")
                .contains("Advice 4: ");
    }

    @Test
    void wizardCanEndWithJson() {
        CliRun run = wizard("ja\nja\nnee\nnee\nnee\n", "--format", "json");

        assertThat(run.exitCode()).isZero();
        String json = run.out().substring(run.out().indexOf("{\n"));
        JsonNode advice = Json.parse(json);
        assertThat(advice.get("advice").asInt()).isEqualTo(4);
        assertThat(advice.get("consentRequired").asBoolean()).isFalse();
    }
}
