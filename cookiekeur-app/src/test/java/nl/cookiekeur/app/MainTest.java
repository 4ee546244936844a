package nl.cookiekeur.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import nl.cookiekeur.cli.Cli;
import nl.cookiekeur.cli.CliServices;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void wiredServicesHoldTheShippedTreeAndToolCatalogue() {
        CliServices services = Main.services();

        assertThat(services.decisionTree().advices()).hasSize(10);
        assertThat(services.toolCatalogue().all()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void adviceForAToolRunsThroughTheWiredApplication() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Cli.run(
                new String[] {"advies", "--tool", "microsoft-clarity", "--format", "json"},
                new PrintWriter(out),
                new PrintWriter(err),
                new BufferedReader(new StringReader("")),
                Main.services());

        assertThat(exitCode).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains("\"id\": \"microsoft-clarity\"")
                .contains("\"consentRequired\": true")
                .contains("\"citations\": [");
    }
}
