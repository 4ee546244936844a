package nl.cookiekeur.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the command line: runs one command and returns its exit code. */
public final class Cli {
    private Cli() {}

    /** Runs the command line with the given arguments and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CookiekeurCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
