package nl.cookiekeur.cli.launch;

import nl.cookiekeur.cli.ExitCode;
import nl.cookiekeur.cli.StoreUnavailableException;
import nl.cookiekeur.cli.TamperingFoundException;
import nl.cookiekeur.database.DatabaseException;
import nl.cookiekeur.history.HistoryException;
import nl.cookiekeur.monitoring.MonitorException;
import org.jspecify.annotations.Nullable;

/**
 * The exit code of a failed command by what failed: found tampering 5, a database (or the scan history in it)
 * that cannot be opened, reached or used 6 (a URL that is no database URL 2), anything else 8: Cookiekeur
 * itself failed.
 */
final class FailureExitCode {
    private FailureExitCode() {}

    static ExitCode of(Throwable failure) {
        if (failure instanceof TamperingFoundException) {
            return ExitCode.TAMPERED;
        }
        if (DatabaseProblem.unsupportedUrl(failure)) {
            return ExitCode.BAD_INPUT; // also when the scan history or the monitor wrapped it
        }
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreUnavailableException
                    || t instanceof HistoryException
                    || t instanceof MonitorException) {
                return ExitCode.STORE_UNAVAILABLE;
            }
            if (t instanceof DatabaseException) {
                return ExitCode.STORE_UNAVAILABLE;
            }
        }
        return ExitCode.INTERNAL;
    }
}
