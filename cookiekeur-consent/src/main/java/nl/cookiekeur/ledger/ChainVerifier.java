package nl.cookiekeur.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.cookiekeur.consent.ChainProblem;
import nl.cookiekeur.consent.ChainProblemKind;
import nl.cookiekeur.consent.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * Walks a site's records in sequence order and names each that breaks the chain. A record whose content no
 * longer matches its hash was altered; a gap in the numbering, or a cut tail against the chain head the
 * ledger keeps, is a removal; a record whose successor links past it to the record before, or one after
 * the record holding the chain head's hash, was inserted. Starts from the latest purge checkpoint. Given a head
 * anchored outside the database, the records up to it must still be there with its hash: a tail cut off together
 * with a rewritten chain head is named as removed.
 */
final class ChainVerifier implements Consumer<ConsentRecord> {
    private static final int MAX_PROBLEMS = 10_000;

    private final String siteId;
    private final Checkpoint checkpoint;
    private final ChainHead head;
    private final @Nullable ChainHead anchor;
    private final Map<Long, ChainProblem> problems = new TreeMap<>();
    private final Set<String> configVersions = new HashSet<>();
    private long expectedSeq;
    private String previousHash;
    private @Nullable String previousPreviousHash;
    private @Nullable ConsentRecord previous;
    private long checked;
    private long headSeenAt;
    private boolean anchorSeen;

    ChainVerifier(String siteId, Checkpoint checkpoint, ChainHead head) {
        this(siteId, checkpoint, head, null);
    }

    ChainVerifier(String siteId, Checkpoint checkpoint, ChainHead head, @Nullable ChainHead anchor) {
        this.siteId = siteId;
        this.checkpoint = checkpoint;
        this.head = head;
        this.anchor = anchor;
        this.expectedSeq = checkpoint.throughSeq() + 1;
        this.previousHash = checkpoint.throughHash();
    }

    @Override
    public void accept(ConsentRecord record) {
        checked++;
        configVersions.add(record.configVersion());
        checkAnchor(record);
        if (record.seq() <= checkpoint.throughSeq() || head.equals(ChainHead.EMPTY) || headSeenAt > 0) {
            // the ledger never wrote a record here: inside the purged prefix, or after its chain head
            add(record.seq(), ChainProblemKind.INSERTED, record.recordId());
            return;
        }
        boolean gap = record.seq() > expectedSeq;
        for (long missing = expectedSeq; missing < record.seq() && problems.size() < MAX_PROBLEMS; missing++) {
            add(missing, ChainProblemKind.REMOVED, "");
        }
        if (!record.computeHash().equals(record.hash())) {
            add(record.seq(), ChainProblemKind.ALTERED, record.recordId());
        }
        ConsentRecord before = previous;
        if (!record.prevHash().equals(previousHash) && !gap) {
            if (before != null && record.prevHash().equals(previousPreviousHash)) {
                add(before.seq(), ChainProblemKind.INSERTED, before.recordId());
            } else if (before != null) {
                // the record before was changed and given a new hash: its successor still holds the old one
                add(before.seq(), ChainProblemKind.ALTERED, before.recordId());
            } else {
                add(record.seq(), ChainProblemKind.ALTERED, record.recordId());
            }
        }
        if (record.hash().equals(head.hash())) {
            headSeenAt = record.seq();
        }
        expectedSeq = record.seq() + 1;
        previousPreviousHash = previousHash;
        previousHash = record.hash();
        previous = record;
    }

    /** The anchored record must still carry the anchored hash; a different one means the chain was rewritten. */
    private void checkAnchor(ConsentRecord record) {
        ChainHead anchored = anchor;
        if (anchored != null && record.seq() == anchored.seq()) {
            anchorSeen = true;
            if (!record.hash().equals(anchored.hash())) {
                add(record.seq(), ChainProblemKind.ALTERED, record.recordId());
            }
        }
    }

    /** The configuration versions the records point at. */
    Set<String> configVersions() {
        return configVersions;
    }

    /** The outcome: the last record the ledger wrote must still be there, with the hash it had. */
    ChainVerification finish() {
        ConsentRecord last = previous;
        finishAnchor(last);
        if (headSeenAt == 0 && !head.equals(ChainHead.EMPTY)) {
            long lastSeq = last == null ? checkpoint.throughSeq() : last.seq();
            if (lastSeq < head.seq()) {
                for (long missing = lastSeq + 1; missing <= head.seq() && problems.size() < MAX_PROBLEMS; missing++) {
                    add(missing, ChainProblemKind.REMOVED, "");
                }
            } else if (last != null) {
                add(last.seq(), ChainProblemKind.ALTERED, last.recordId());
            }
        }
        return new ChainVerification(
                siteId, checked, checkpoint.throughSeq(), previousHash, new ArrayList<>(problems.values()));
    }

    /** Every record up to the anchored one that is gone was removed (unless a purge checkpoint covers it). */
    private void finishAnchor(@Nullable ConsentRecord last) {
        ChainHead anchored = anchor;
        if (anchored == null || anchorSeen) {
            return;
        }
        if (anchored.seq() == checkpoint.throughSeq() && !anchored.hash().equals(checkpoint.throughHash())) {
            add(anchored.seq(), ChainProblemKind.ALTERED, "");
        }
        long lastSeq = last == null ? checkpoint.throughSeq() : last.seq();
        for (long missing = Math.max(lastSeq, checkpoint.throughSeq()) + 1;
                missing <= anchored.seq() && problems.size() < MAX_PROBLEMS;
                missing++) {
            add(missing, ChainProblemKind.REMOVED, "");
        }
    }

    private void add(long seq, ChainProblemKind kind, String recordId) {
        ChainProblem existing = problems.get(seq);
        if (existing == null || kind == ChainProblemKind.INSERTED) {
            problems.put(seq, new ChainProblem(seq, kind, recordId));
        }
    }
}
