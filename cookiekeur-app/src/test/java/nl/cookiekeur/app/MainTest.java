package nl.cookiekeur.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.launch.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void classifyUsesTheShippedKnowledgeAndTheShippedModel(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("cookies.csv");
        Files.writeString(input, """
                name,domain,path,value,expires_in_seconds,session,http_only,host_only,secure,same_site,site
                _ga,.bakkerij-jansen.nl,/,GA1.1.123.456,34190000,false,false,false,false,Lax,https://www.bakkerij-jansen.nl/
                bakkerij_csrf_token,www.bakkerij-jansen.nl,/,9f8e7d6c5b4a,,true,true,true,true,Strict,https://www.bakkerij-jansen.nl/
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Cli.run(
                new String[] {"knowledge", "classify", "--input", input.toString(), "--format", "jsonl"},
                new PrintWriter(out),
                new PrintWriter(err),
                new BufferedReader(new StringReader("")),
                Main.services());

        assertThat(exitCode).isZero();
        assertThat(out.toString().lines().toList())
                .hasSize(2)
                .satisfiesExactly(
                        known -> assertThat(known)
                                .contains("\"category\":\"analytics\"")
                                .contains("\"confidence\":1.0"),
                        predicted -> assertThat(predicted).contains("\"source\":\"classifier\""));
    }
}
