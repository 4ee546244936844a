package nl.cookiekeur.store.archfixture;

/** Test material for ArchitectureTest: a store class another adapter must not import. */
public final class LeakedStore {
    /** A value the leaking class reads. */
    public String url() {
        return "jdbc:h2:mem:leak";
    }
}
