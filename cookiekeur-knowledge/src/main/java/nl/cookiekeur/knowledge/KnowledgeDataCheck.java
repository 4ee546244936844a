package nl.cookiekeur.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.cookiekeur.classification.KnowledgeStats;
import nl.cookiekeur.knowledge.data.DataFileException;
import nl.cookiekeur.knowledge.data.KnowledgeSnapshot;
import nl.cookiekeur.knowledge.data.SnapshotFile;

/**
 * Build-time check of the shipped data files, run by the exec-maven-plugin after compilation: loads all
 * of them with the same validation as before, so a malformed row fails the build with file and line, and
 * writes the validated result as the compact snapshot that {@link KnowledgeBases#shipped()} reads.
 */
public final class KnowledgeDataCheck {
    private KnowledgeDataCheck() {}

    /**
     * Loads all shipped data; throws (failing the build) with {@code file:line: problem} on a bad row. With
     * a classes directory as argument, writes the snapshot resource under it.
     */
    public static void main(String[] args) {
        try {
            KnowledgeSnapshot snapshot = KnowledgeBases.snapshotOfDataFiles();
            KnowledgeStats stats = new InMemoryKnowledgeBase(
                            snapshot.entries(), snapshot.trackers(), List.of(), Duration.ZERO)
                    .stats();
            System.out.println("Knowledge data OK: " + stats.entries() + " cookie entries, " + stats.trackerDomains()
                    + " tracker domains, " + stats.unknownRetention() + " with unknown retention");
            if (args.length > 0) {
                Path file = Path.of(args[0], SnapshotFile.RESOURCE.substring(1));
                SnapshotFile.write(snapshot, file);
                System.out.println("Knowledge snapshot written: " + file);
            }
        } catch (DataFileException e) {
            throw new IllegalStateException("Malformed knowledge data: " + e.getMessage(), e);
        }
    }
}
