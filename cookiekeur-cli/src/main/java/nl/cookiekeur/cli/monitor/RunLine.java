package nl.cookiekeur.cli.monitor;

import java.io.PrintWriter;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.monitoring.MonitoredSite;
import nl.cookiekeur.monitoring.RunListener;
import nl.cookiekeur.monitoring.SiteRun;

/** One line per rescan attempt, as the worker records it. */
final class RunLine implements RunListener {
    private final PrintWriter out;
    private final Messages messages;

    RunLine(PrintWriter out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    @Override
    public void ended(MonitoredSite site, SiteRun run) {
        String line = switch (run.status()) {
            case COMPLETED ->
                messages.get("worker.run.completed", site.id(), site.site().url(), run.scanNumber());
            case RETRYING, FAILED ->
                messages.get(
                        "worker.run." + run.status().code(),
                        site.id(),
                        site.site().url(),
                        run.attempt(),
                        run.failure());
        };
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
