package nl.cookiekeur.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.CliRun;
import nl.cookiekeur.cli.ExitCode;
import org.junit.jupiter.api.Test;

class AdviceBadInputTest {

    private static CliRun run(String... args) {
        return CliRun.of(TestApplication.services(), "", args);
    }

    private static void assertOneLine(CliRun run, String line) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(line + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void answerThatIsNotJaOrNeeIsRejected() {
        assertOneLine(
                run("advies", "--answer", "V1=misschien"),
                "Fout: Onbekend antwoord 'misschien': gebruik ja of nee (of yes of no).");
    }

    @Test
    void answerThatIsNotJaOrNeeIsRejectedInEnglish() {
        assertOneLine(
                run("advies", "--answer", "V1=maybe", "--lang", "en"),
                "Error: Unknown answer 'maybe': use ja or nee (or yes or no).");
    }

    @Test
    void unknownQuestionIsRejected() {
        assertOneLine(
                run("advies", "--answer", "V10=ja"),
                "Fout: Onbekende vraag 'V10': kies uit V1 tot en met V9 of K1 tot en met K3.");
    }

    @Test
    void answerWithoutEqualsSignIsRejected() {
        assertOneLine(
                run("advies", "--answer", "V1"),
                "Fout: Kan 'V1' niet lezen: gebruik VRAAG=ja of VRAAG=nee, bijvoorbeeld V1=ja.");
    }

    @Test
    void sameQuestionAnsweredBothWaysIsRejected() {
        assertOneLine(
                run("advies", "-a", "V1=ja", "-a", "V1=nee"),
                "Fout: Vraag V1 is zowel met ja als met nee beantwoord; geef één antwoord.");
    }

    @Test
    void exemptionTogetherWithCrossSiteTrackingIsAContradiction() {
        assertOneLine(
                run("advies", "--answer", "V1=ja,V2=ja,V6=ja"),
                "Fout: de antwoorden spreken elkaar tegen: (V2, V6) U beroept zich op een uitzondering (V2 tot en"
                        + " met V5) voor iets dat ook gedrag over meerdere sites volgt (V6). Een item met meerdere"
                        + " doelen is alleen vrijgesteld als elk doel vrijgesteld is (WP194). Beantwoord de"
                        + " uitzonderingsvraag met nee.");
    }

    @Test
    void contradictionIsExplainedInEnglishWhenAsked() {
        assertOneLine(
                run("advies", "--answer", "V6=no,V7=yes", "--lang=en"),
                "Error: the answers contradict each other: (V6, V7) At V7 you say a third party follows users"
                        + " across many sites, but at V6 that there is no tracking across sites. These exclude each"
                        + " other: set V6 to yes or V7 to no.");
    }

    @Test
    void unknownToolIsRejected() {
        assertOneLine(
                run("advies", "--tool", "super-tracker"),
                "Fout: onbekend hulpmiddel 'super-tracker'; zie cookiekeur advies --list-tools");
    }

    @Test
    void unknownToolWithASimilarIdGetsASuggestion() {
        assertOneLine(
                run("advies", "--tool", "clarity", "--lang", "en"),
                "Error: unknown tool 'clarity'; did you mean microsoft-clarity? See cookiekeur advies --list-tools");
    }

    @Test
    void overviewsCannotBeCombinedWithOtherModes() {
        assertOneLine(
                run("advies", "--tree", "--answer", "V1=ja"),
                "Fout: --list-tools en --tree gaan niet samen met elkaar of met --tool of --answer");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertOneLine(
                run("advies", "--tree", "--format", "xml"),
                "Fout: ongeldige waarde 'xml' voor --format (kies uit: text, json, markdown)."
                        + " Zie 'cookiekeur advies --help'.");
    }

    @Test
    void unknownLanguageIsAUsageError() {
        assertOneLine(
                run("advies", "--tree", "--lang", "de"),
                "Fout: ongeldige waarde 'de' voor --lang (kies uit: nl, en). Zie 'cookiekeur advies --help'.");
    }

    @Test
    void answerOptionWithoutValueIsAUsageError() {
        assertOneLine(
                run("advies", "--answer"), "Fout: ontbrekende invoer voor --answer. Zie 'cookiekeur advies --help'.");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertOneLine(run("adviseer"), "Fout: onbekende opdracht 'adviseer'. Zie 'cookiekeur --help'.");
    }

    @Test
    void debugShowsTheStackTraceOfBadInput() {
        CliRun run = run("advies", "--answer", "V1=misschien", "--debug");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Fout: Onbekend antwoord 'misschien'")
                .contains("nl.cookiekeur.cli.BadInputException");
    }
}
