package nl.cookiekeur.scanner.statement;

/** Receives what went wrong while finding or reading a statement; it becomes a scan problem. */
@FunctionalInterface
public interface StatementProblems {
    /**
     * Records a problem.
     *
     * @param pageUrl the statement's URL (or the page it was looked for on)
     * @param kind a short code: {@code statement}, {@code timeout}, {@code too-large}
     * @param message what happened, in plain Dutch words
     */
    void problem(String pageUrl, String kind, String message);
}
