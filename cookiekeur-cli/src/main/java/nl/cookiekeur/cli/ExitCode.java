package nl.cookiekeur.cli;

/**
 * The exit codes of every command: 0 done, 1 the work failed (or, with {@code --fail-on}, something at or
 * above the level was found), 2 the input was wrong, 3 the scan could not be done, 4 the assessment is
 * incomplete because a check could not be evaluated (this wins over 1: a missing check may hide a finding).
 */
public enum ExitCode {
    OK(0),
    FAILURE(1),
    BAD_INPUT(2),
    SCAN_FAILED(3),
    INCOMPLETE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
