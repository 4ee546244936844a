package nl.cookiekeur.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import nl.cookiekeur.cli.launch.Cli;

/** One in-process run of the command line: exit code and everything written to out and err. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(CliServices services, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(
                args,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new BufferedReader(new StringReader(input)),
                services);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
