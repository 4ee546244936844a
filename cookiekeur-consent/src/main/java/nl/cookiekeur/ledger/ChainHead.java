package nl.cookiekeur.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.cookiekeur.consent.AnchorKey;
import nl.cookiekeur.consent.SignedHead;
import org.jspecify.annotations.Nullable;

/**
 * The end of a site's chain.
 *
 * @param seq the last sequence number (0 before the first record)
 * @param hash the last record's hash ({@link ConsentRecord#GENESIS} before the first record)
 */
record ChainHead(long seq, String hash) {
    static final ChainHead EMPTY = new ChainHead(0, ConsentRecord.GENESIS);

    /** This head of a site read at a moment, signed with the key when there is one. */
    SignedHead signed(String siteId, Instant at, @Nullable AnchorKey key) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        return key == null
                ? SignedHead.unsigned(siteId, seq, hash, millis)
                : SignedHead.sign(siteId, seq, hash, millis, key);
    }
}
