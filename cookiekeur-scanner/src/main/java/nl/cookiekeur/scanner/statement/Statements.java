package nl.cookiekeur.scanner.statement;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.List;
import java.util.function.Supplier;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanNote;

/** The scanner's one call: find the statement links on the loaded start page and read them. Never throws. */
public final class Statements {
    private Statements() {}

    /**
     * The statements the start page links to.
     *
     * @param startPage the loaded start page (its tab stays as it is)
     * @param newTab opens a new tab in the same browser context
     * @param site the scanned site's registrable domain
     * @param deadlineNanos when to stop ({@link System#nanoTime()})
     * @param problems receives what went wrong
     */
    public static List<PolicyText> read(
            Page startPage, Supplier<Page> newTab, String site, long deadlineNanos, StatementProblems problems) {
        try {
            List<StatementLink> links = StatementFinder.find(startPage, site);
            return new StatementReader(newTab, problems).read(links, site, deadlineNanos);
        } catch (PlaywrightException e) {
            problems.problem("", "statement", ScanNote.of("problem.statement.find"));
            return List.of();
        }
    }
}
