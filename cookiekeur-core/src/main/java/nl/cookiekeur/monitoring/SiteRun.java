package nl.cookiekeur.monitoring;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt at a scheduled rescan of a site.
 *
 * @param id its number, from 1
 * @param siteId the site
 * @param dueAt when the regular scan was due (the same for every attempt at it)
 * @param finishedAt when the attempt ended
 * @param status how it ended
 * @param attempt which attempt at this due scan, from 1
 * @param worker the worker that ran it
 * @param scanNumber the scan history's number of the scan, when completed
 * @param previousScanNumber the scan it was compared with, when there was one
 * @param failure why it failed, when it did
 */
public record SiteRun(
        long id,
        long siteId,
        Instant dueAt,
        Instant finishedAt,
        RunStatus status,
        int attempt,
        String worker,
        @Nullable Long scanNumber,
        @Nullable Long previousScanNumber,
        @Nullable String failure) {

    public SiteRun {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(worker, "worker");
    }
}
