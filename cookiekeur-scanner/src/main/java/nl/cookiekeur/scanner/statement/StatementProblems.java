package nl.cookiekeur.scanner.statement;

import nl.cookiekeur.evidence.ScanNote;

/** Receives what went wrong while finding or reading a statement; it becomes a scan problem. */
@FunctionalInterface
public interface StatementProblems {
    /**
     * Records a problem.
     *
     * @param pageUrl the statement's URL (or the page it was looked for on)
     * @param kind a short code: {@code statement}, {@code timeout}, {@code too-large}
     * @param note what happened, as a text key with arguments
     */
    void problem(String pageUrl, String kind, ScanNote note);
}
