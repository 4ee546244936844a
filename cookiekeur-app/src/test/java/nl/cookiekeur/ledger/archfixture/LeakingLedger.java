package nl.cookiekeur.ledger.archfixture;

import nl.cookiekeur.store.archfixture.LeakedStore;

/** Test material for ArchitectureTest: a ledger class that reaches into the store adapter, as consent once did. */
public final class LeakingLedger {
    private final LeakedStore store = new LeakedStore();

    /** Uses the other adapter directly. */
    public String database() {
        return store.url();
    }
}
