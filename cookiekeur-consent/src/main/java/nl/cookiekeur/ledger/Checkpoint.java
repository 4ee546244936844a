package nl.cookiekeur.ledger;

/**
 * What the purges of a site removed: the chain continues after {@code throughSeq} from {@code throughHash}.
 *
 * @param throughSeq the last purged sequence number
 * @param throughHash the hash of the last purged record
 * @param purgedCount how many records all purges removed together
 * @param purgedAtMillis when the latest purge ran
 * @param checkpointHash SHA-256 over this checkpoint's fields and the previous checkpoint's hash
 */
record Checkpoint(long throughSeq, String throughHash, long purgedCount, long purgedAtMillis, String checkpointHash) {
    static final Checkpoint NONE = new Checkpoint(0, ConsentRecord.GENESIS, 0, 0, ConsentRecord.GENESIS);

    static String hashOf(
            String siteId,
            long throughSeq,
            String throughHash,
            long purgedCount,
            long purgedAtMillis,
            String previousCheckpointHash) {
        return CanonicalJson.sha256(siteId + "\n" + throughSeq + "\n" + throughHash + "\n" + purgedCount + "\n"
                + purgedAtMillis + "\n" + previousCheckpointHash);
    }
}
