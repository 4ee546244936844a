package nl.cookiekeur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.app.TestApplication;
import nl.cookiekeur.cli.launch.Cli;
import org.junit.jupiter.api.Test;

class CookiekeurCommandTest {
    private static final CliServices SERVICES = TestApplication.services();

    @Test
    void helpIsDutchAndListsTheExitCodes() {
        CliRun run = CliRun.of(SERVICES, "", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Gebruik: cookiekeur")
                .contains("Toon deze hulptekst en stop.")
                .contains("Afsluitcodes: 0 = gelukt, 1 = het werk is mislukt, 2 = ongeldige invoer.");
    }

    @Test
    void withoutArgumentsTheHelpIsShown() {
        CliRun run = CliRun.of(SERVICES, "");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Gebruik: cookiekeur");
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of(SERVICES, "", "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Cookiekeur 0.1.0\n");
    }

    @Test
    void unknownOptionIsOneDutchLineWithExitCodeTwo() {
        CliRun run = CliRun.of(SERVICES, "", "--kleur");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("Fout: onbekende optie '--kleur'. Zie 'cookiekeur --help'.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionIsReportedInEnglishWhenAsked() {
        CliRun run = CliRun.of(SERVICES, "", "--kleur", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: unknown option '--kleur'. See 'cookiekeur --help'.\n");
    }

    @Test
    void debugFlagAddsTheStackTrace() {
        CliRun run = CliRun.of(SERVICES, "", "--debug", "--kleur");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Fout: onbekende optie '--kleur'.").contains("at picocli.CommandLine");
    }

    @Test
    void servicesThatCannotBeBuiltAreOneLineWithTheInternalExitCode() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Cli.run(
                new String[] {"advies", "--tree"},
                new PrintWriter(out),
                new PrintWriter(err),
                new BufferedReader(new StringReader("")),
                () -> {
                    throw new CookiekeurException("tool-profiles.json: regel 3 is ongeldig");
                });

        assertThat(exitCode).isEqualTo(ExitCode.INTERNAL.code());
        assertThat(err.toString()).isEqualTo("Mislukt: tool-profiles.json: regel 3 is ongeldig\n");
        assertThat(out.toString()).isEmpty();
    }
}
