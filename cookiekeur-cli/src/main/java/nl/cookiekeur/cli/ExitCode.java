package nl.cookiekeur.cli;

/**
 * The exit codes of every command, each with one meaning (docs/cli.md lists them): 0 done; 1 with
 * {@code --fail-on}, something at or above the level was found (other commands: the work failed); 2 wrong
 * usage or input; 3 the site cannot be scanned; 4 the scan or its assessment is incomplete; 5 consent proof
 * was found altered, removed or inserted; 6 the database cannot be opened or reached; 7 an output file or
 * folder cannot be written.
 */
public enum ExitCode {
    OK(0),
    FAILURE(1),
    BAD_INPUT(2),
    SCAN_FAILED(3),
    INCOMPLETE(4),
    TAMPERED(5),
    STORE_UNAVAILABLE(6),
    OUTPUT_FAILED(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
