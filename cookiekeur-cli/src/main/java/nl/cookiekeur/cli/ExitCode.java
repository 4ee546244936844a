package nl.cookiekeur.cli;

/**
 * The exit codes of every command: 0 done, 1 the work failed (or, with {@code --fail-on}, something at or
 * above the level was found), 2 the input was wrong, 3 the scan could not be done.
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
