package nl.cookiekeur.cli;

/**
 * The exit codes of every command: 0 done, 1 the work failed, 2 the input was wrong, 3 the site to scan does not
 * resolve or answer, or the browser cannot start.
 */
public enum ExitCode {
    OK(0),
    FAILURE(1),
    BAD_INPUT(2),
    SCAN_FAILED(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
