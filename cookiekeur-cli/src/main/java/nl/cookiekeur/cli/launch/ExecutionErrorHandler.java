package nl.cookiekeur.cli.launch;

import java.io.PrintWriter;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line in the user's language: bad input exits with 2, found
 * tampering with 5, an unusable database with 6, any other failure with 1 ({@link FailureExitCode}); the stack
 * trace is shown only with {@code --debug}.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
    private final GlobalFlags flags;

    ExecutionErrorHandler(GlobalFlags flags) {
        this.flags = flags;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        Messages messages = flags.messages();
        PrintWriter err = commandLine.getErr();
        ExitCode exitCode;
        if (ex instanceof BadInputException) {
            err.println(messages.get("error.badInput", ex.getMessage()));
            exitCode = ExitCode.BAD_INPUT;
        } else if (ex instanceof CookiekeurException) {
            exitCode = FailureExitCode.of(ex);
            String prefix = exitCode == ExitCode.BAD_INPUT ? "error.badInput" : "error.failure";
            err.println(messages.get(prefix, ex.getMessage()));
        } else {
            err.println(messages.get("error.unexpected", ex.getClass().getSimpleName(), ex.getMessage()));
            exitCode = ExitCode.FAILURE;
        }
        if (flags.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode.code();
    }
}
