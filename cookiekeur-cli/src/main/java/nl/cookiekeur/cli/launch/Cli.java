package nl.cookiekeur.cli.launch;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.function.Supplier;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.cli.CliServices;
import nl.cookiekeur.cli.ExitCode;
import picocli.CommandLine;

/** Entry point of the command line: runs one command and returns its exit code. */
public final class Cli {
    private Cli() {}

    /**
     * Runs the command line with the given arguments and returns the exit code ({@link ExitCode}); commands
     * write to {@code out}, errors go to {@code err} as one line, interactive commands read from {@code in}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, BufferedReader in, CliServices services) {
        return run(args, out, err, in, GlobalFlags.scan(args), services);
    }

    /**
     * Like {@link #run(String[], PrintWriter, PrintWriter, BufferedReader, CliServices)}, but builds the services
     * first; if they cannot be built (for example because shipped data are invalid), that is reported as one
     * line in the user's language with {@link ExitCode#INTERNAL}.
     */
    public static int run(
            String[] args, PrintWriter out, PrintWriter err, BufferedReader in, Supplier<CliServices> services) {
        GlobalFlags flags = GlobalFlags.scan(args);
        CliServices built;
        try {
            built = services.get();
        } catch (CookiekeurException e) {
            err.println(flags.messages().get("error.failure", e.getMessage()));
            if (flags.debug()) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL.code();
        }
        return run(args, out, err, in, flags, built);
    }

    private static int run(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            BufferedReader in,
            GlobalFlags flags,
            CliServices services) {
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
