package nl.cookiekeur.monitoring;

/** What happened to an item between the previous scan of a site and the latest. */
public enum ChangeStatus {
    /** Found now, not before (for the first scan of a site: everything). */
    NEW("new"),
    /** Found before, not now. */
    GONE("gone"),
    /** A finding found before and now. */
    STILL_OPEN("still-open");

    private final String code;

    ChangeStatus(String code) {
        this.code = code;
    }

    /** The code stored and shown in JSON. */
    public String code() {
        return code;
    }

    /** The status with this code. */
    public static ChangeStatus fromCode(String code) {
        for (ChangeStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown change status: " + code);
    }
}
