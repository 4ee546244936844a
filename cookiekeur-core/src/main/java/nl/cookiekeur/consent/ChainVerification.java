package nl.cookiekeur.consent;

import java.util.List;

/**
 * The outcome of checking a site's hash chain.
 *
 * @param siteId the site
 * @param recordsChecked how many records were read
 * @param purgedThrough the last sequence number covered by a purge checkpoint, 0 when nothing was purged
 * @param headHash the hash of the last record, the value to keep elsewhere as an anchor
 * @param problems every record that was altered, removed or inserted, in sequence order
 */
public record ChainVerification(
        String siteId, long recordsChecked, long purgedThrough, String headHash, List<ChainProblem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    /** True when no record was altered, removed or inserted. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
