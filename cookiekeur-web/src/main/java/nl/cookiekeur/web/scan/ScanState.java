package nl.cookiekeur.web.scan;

/**
 * Where a scan started from the web is: its status and the last progress step.
 *
 * @param status running, done or failed
 * @param phase the phase's code (initial, reject, accept, withdraw), empty before the first step
 * @param page the page within the phase
 * @param pages the pages planned for the phase
 * @param url the page's address
 * @param activity the activity's code
 * @param cookies cookies seen so far in the phase
 * @param requests requests seen so far in the phase
 * @param thirdParties third-party hosts seen so far in the phase
 * @param problem why it failed, in Dutch and English keys of the web texts; empty otherwise
 * @param scanNumber the number in the scan history when done, else 0
 */
public record ScanState(
        Status status,
        String phase,
        int page,
        int pages,
        String url,
        String activity,
        int cookies,
        int requests,
        int thirdParties,
        String problem,
        long scanNumber) {

    /** What the scan is doing. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /** A scan that has just started. */
    static ScanState started(String url) {
        return new ScanState(Status.RUNNING, "", 0, 0, url, "starting", 0, 0, 0, "", 0);
    }

    /** The status in lower case ({@code running}, {@code done}, {@code failed}). */
    public String statusCode() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether it still runs. */
    public boolean running() {
        return status == Status.RUNNING;
    }

    /** The state as the JSON of a server-sent event. */
    public String json() {
        return "{\"status\":\"" + statusCode() + "\",\"phase\":\"" + escaped(phase)
                + "\",\"page\":" + page + ",\"pages\":" + pages + ",\"url\":\"" + escaped(url) + "\",\"activity\":\""
                + escaped(activity) + "\",\"cookies\":" + cookies + ",\"requests\":" + requests
                + ",\"thirdParties\":" + thirdParties + ",\"scan\":" + scanNumber + "}";
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
