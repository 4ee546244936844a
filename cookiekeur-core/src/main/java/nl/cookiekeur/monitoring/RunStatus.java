package nl.cookiekeur.monitoring;

/** How a rescan attempt ended. */
public enum RunStatus {
    /** Scanned, judged, kept in the history and compared. */
    COMPLETED("completed"),
    /** Failed; it will be tried again after a pause. */
    RETRYING("retrying"),
    /** Failed as often as allowed; reported, and the site waits for its next regular scan. */
    FAILED("failed");

    private final String code;

    RunStatus(String code) {
        this.code = code;
    }

    /** The code stored and shown in JSON. */
    public String code() {
        return code;
    }

    /** The status with this code. */
    public static RunStatus fromCode(String code) {
        for (RunStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown run status: " + code);
    }
}
