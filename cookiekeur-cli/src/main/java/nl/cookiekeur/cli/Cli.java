package nl.cookiekeur.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the command line: runs one command and returns its exit code. */
public final class Cli {
    private Cli() {}

    /**
     * Runs the command line with the given arguments and returns the exit code ({@link ExitCode}); commands
     * write to {@code out}, errors go to {@code err} as one line, interactive commands read from {@code in}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, BufferedReader in, CliServices services) {
        GlobalFlags flags = GlobalFlags.scan(args);
        CommandLine commandLine = new CommandLine(CookiekeurCommand.class, new CommandFactory(services, in));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new ParameterErrorHandler(flags));
        commandLine.setExecutionExceptionHandler(new ExecutionErrorHandler(flags));
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }
}
