package nl.cookiekeur.consent;

/**
 * What a purge removed.
 *
 * @param siteId the site
 * @param retentionDays the retention period applied
 * @param purged records deleted now
 * @param purgedThrough the last sequence number covered by the checkpoint (0 when nothing was ever purged)
 * @param remaining records kept
 */
public record PurgeResult(String siteId, int retentionDays, long purged, long purgedThrough, long remaining) {}
