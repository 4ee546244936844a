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
 * @param archiveProblems every archived configuration that was altered, or that a record needs and is gone
 */
public record ChainVerification(
        String siteId,
        long recordsChecked,
        long purgedThrough,
        String headHash,
        List<ChainProblem> problems,
        List<ArchiveProblem> archiveProblems) {

    public ChainVerification {
        problems = List.copyOf(problems);
        archiveProblems = List.copyOf(archiveProblems);
    }

    /** The outcome of the chain alone, before the archive was checked. */
    public ChainVerification(
            String siteId, long recordsChecked, long purgedThrough, String headHash, List<ChainProblem> problems) {
        this(siteId, recordsChecked, purgedThrough, headHash, problems, List.of());
    }

    /** The same outcome with the archive's problems. */
    public ChainVerification withArchiveProblems(List<ArchiveProblem> found) {
        return new ChainVerification(siteId, recordsChecked, purgedThrough, headHash, problems, found);
    }

    /** True when no record was altered, removed or inserted and every configuration a record needs is unchanged. */
    public boolean intact() {
        return problems.isEmpty() && archiveProblems.isEmpty();
    }
}
