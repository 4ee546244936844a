package nl.cookiekeur.cli.history;

import java.util.List;
import nl.cookiekeur.history.HistoryItem;
import nl.cookiekeur.history.ScanDifference;

/** The difference between two scans as the JSON output shows it. */
record DifferenceView(ScanView older, ScanView newer, List<HistoryItem> added, List<HistoryItem> removed) {

    static DifferenceView of(ScanDifference difference) {
        return new DifferenceView(
                ScanView.of(difference.older()),
                ScanView.of(difference.newer()),
                difference.added(),
                difference.removed());
    }
}
