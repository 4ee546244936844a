package nl.cookiekeur.scanner.browser;

import nl.cookiekeur.evidence.ScanNote;

/** Receives what a hostile page did that the browser blocked (a dialog, a download, a pop-up, a crash). */
@FunctionalInterface
public interface ProblemSink {
    /**
     * Records a problem.
     *
     * @param kind a short code such as {@code dialog}, {@code download}, {@code popup}, {@code crash}
     * @param note what happened, as a text key with arguments
     */
    void report(String kind, ScanNote note);
}
