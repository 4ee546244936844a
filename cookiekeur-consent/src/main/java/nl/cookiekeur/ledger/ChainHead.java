package nl.cookiekeur.ledger;

/**
 * The end of a site's chain.
 *
 * @param seq the last sequence number (0 before the first record)
 * @param hash the last record's hash ({@link ConsentRecord#GENESIS} before the first record)
 */
record ChainHead(long seq, String hash) {
    static final ChainHead EMPTY = new ChainHead(0, ConsentRecord.GENESIS);
}
