package nl.cookiekeur.cli;

/**
 * The exit codes of every command, each with one meaning (docs/cli.md lists them): 0 done; 1 with
 * {@code --fail-on}, something at or above the level was found (and nothing else); 2 wrong usage or input; 3
 * the site cannot be scanned; 4 the scan or its assessment is incomplete (a start page or phase not inspected, a
 * check not evaluated); 5 consent proof was found altered, removed or inserted; 6 the database cannot be opened
 * or reached; 7 an output file or folder cannot be written; 8 Cookiekeur itself failed (broken shipped data or a
 * bug).
 */
public enum ExitCode {
    OK(0),
    FAILURE(1),
    BAD_INPUT(2),
    SCAN_FAILED(3),
    INCOMPLETE(4),
    TAMPERED(5),
    STORE_UNAVAILABLE(6),
    OUTPUT_FAILED(7),
    INTERNAL(8);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit status. */
    public int code() {
        return code;
    }
}
