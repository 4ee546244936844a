package nl.cookiekeur.cli.launch;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.cli.OutputFailedException;
import nl.cookiekeur.cli.StoreUnavailableException;
import nl.cookiekeur.scan.ScanFailedException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line in the user's language with its one exit code (see
 * {@link ExitCode}); the stack trace is shown only with {@code --debug}.
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
        ExitCode exitCode = codeOf(ex);
        switch (exitCode) {
            case BAD_INPUT ->
                err.println(messages.get(
                        "error.badInput",
                        DatabaseProblem.unsupportedUrl(ex) ? DatabaseProblem.text(ex, messages) : ex.getMessage()));
            case STORE_UNAVAILABLE ->
                // a StoreUnavailableException is worded in the user's language already
                err.println(messages.get(
                        "error.failure",
                        ex instanceof StoreUnavailableException
                                ? ex.getMessage()
                                : DatabaseProblem.text(ex, messages)));
            case OUTPUT_FAILED ->
                err.println(
                        ex instanceof UncheckedIOException io
                                ? messages.get("error.output", ioMessage(io))
                                : messages.get("error.failure", ex.getMessage()));
            default -> {
                if (ex instanceof CookiekeurException) {
                    err.println(messages.get("error.failure", ex.getMessage()));
                } else {
                    err.println(messages.get("error.unexpected", ex.getClass().getSimpleName(), ex.getMessage()));
                }
            }
        }
        if (flags.debug()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode.code();
    }

    /** What the file system said, without the wrapper's words. */
    private static @Nullable String ioMessage(UncheckedIOException io) {
        Throwable cause = io.getCause();
        return cause == null ? io.getMessage() : cause.getMessage();
    }

    /** The one exit code of a failure: bad input, an unwritable output, an unreachable site, else Cookiekeur's own. */
    static ExitCode codeOf(Exception ex) {
        if (ex instanceof BadInputException) {
            return ExitCode.BAD_INPUT;
        } else if (ex instanceof OutputFailedException || ex instanceof UncheckedIOException) {
            return ExitCode.OUTPUT_FAILED;
        } else if (ex instanceof ScanFailedException) {
            return ExitCode.SCAN_FAILED;
        }
        return FailureExitCode.of(ex);
    }
}
