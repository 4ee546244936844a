package nl.cookiekeur.knowledge;

import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.knowledge.data.DataFileException;

/**
 * Build-time check of the shipped data files, run by the exec-maven-plugin after compilation: loads all
 * of them with the same validation as at run time, so a malformed row fails the build with file and line.
 */
public final class KnowledgeDataCheck {
    private KnowledgeDataCheck() {}

    /** Loads all shipped data; throws (failing the build) with {@code file:line: problem} on a bad row. */
    public static void main(String[] args) {
        try {
            KnowledgeStats stats = KnowledgeBases.shipped().stats();
            System.out.println("Knowledge data OK: " + stats.entries() + " cookie entries, " + stats.trackerDomains()
                    + " tracker domains, " + stats.unknownRetention() + " with unknown retention");
        } catch (DataFileException e) {
            throw new IllegalStateException("Malformed knowledge data: " + e.getMessage(), e);
        }
    }
}
