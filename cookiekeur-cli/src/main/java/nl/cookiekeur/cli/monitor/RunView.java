package nl.cookiekeur.cli.monitor;

import java.util.List;
import nl.cookiekeur.monitoring.SiteChange;
import nl.cookiekeur.monitoring.SiteRun;
import org.jspecify.annotations.Nullable;

/** A rescan attempt as the JSON output shows it, with its changes. */
record RunView(
        long id,
        String dueAt,
        String finishedAt,
        String status,
        int attempt,
        String worker,
        @Nullable Long scan,
        @Nullable Long previousScan,
        @Nullable String failure,
        List<ChangeView> changes) {

    record ChangeView(String kind, String key, String label, String change) {
        static ChangeView of(SiteChange change) {
            return new ChangeView(
                    change.item().kind(),
                    change.item().key(),
                    change.item().label(),
                    change.status().code());
        }
    }

    static RunView of(SiteRun run, List<SiteChange> changes) {
        return new RunView(
                run.id(),
                run.dueAt().toString(),
                run.finishedAt().toString(),
                run.status().code(),
                run.attempt(),
                run.worker(),
                run.scanNumber(),
                run.previousScanNumber(),
                run.failure(),
                changes.stream().map(ChangeView::of).toList());
    }
}
