package nl.cookiekeur.scanner.browser;

/** Receives what a hostile page did that the browser blocked (a dialog, a download, a pop-up, a crash). */
@FunctionalInterface
public interface ProblemSink {
    /**
     * Records a problem.
     *
     * @param kind a short code such as {@code dialog}, {@code download}, {@code popup}, {@code crash}
     * @param message what happened, in plain words
     */
    void report(String kind, String message);
}
