package nl.cookiekeur.knowledge.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact snapshot the build writes must hold exactly what the validated data files hold. */
class SnapshotFileTest {
    private static KnowledgeSnapshot fromDataFiles;

    @BeforeAll
    static void load() {
        // the same merge (curated rows, then the vendor rule) the build uses, from independently loaded files
        fromDataFiles = KnowledgeSnapshot.merged(
                OpenCookieDatabase.load(), CuratedCookies.load(), WhoTracksMe.load(), CuratedTrackers.load());
    }

    @Test
    void shippedSnapshotEqualsTheValidatedDataFiles() {
        KnowledgeSnapshot shipped = SnapshotFile.load();

        assertThat(shipped.entries()).hasSize(fromDataFiles.entries().size());
        assertThat(shipped.entries()).containsExactlyElementsOf(fromDataFiles.entries());
        assertThat(shipped.trackers()).containsExactlyElementsOf(fromDataFiles.trackers());
        assertThat(shipped).isEqualTo(fromDataFiles);
    }

    @Test
    void writtenBytesReadBackToTheSameSnapshot() {
        assertThat(SnapshotFile.read(SnapshotFile.bytes(fromDataFiles))).isEqualTo(fromDataFiles);
    }

    @Test
    void aFlippedByteFailsTheChecksumWithAClearProblem() {
        byte[] bytes = SnapshotFile.bytes(fromDataFiles);
        bytes[bytes.length / 2] ^= 0x20;

        assertThatThrownBy(() -> SnapshotFile.read(bytes))
                .isInstanceOfSatisfying(
                        DataFileException.class, e -> assertThat(e.problemKey()).isEqualTo("corrupt-snapshot"))
                .hasMessage("knowledge.snapshot:0: het gecompileerde kennisbestand is beschadigd of verouderd "
                        + "(checksum mismatch); bouw de module opnieuw");
    }

    @Test
    void aTruncatedFileIsCorrupt() {
        byte[] bytes = SnapshotFile.bytes(fromDataFiles);

        assertThatThrownBy(() -> SnapshotFile.read(Arrays.copyOf(bytes, 1000)))
                .isInstanceOfSatisfying(
                        DataFileException.class, e -> assertThat(e.problemKey()).isEqualTo("corrupt-snapshot"));
        assertThatThrownBy(() -> SnapshotFile.read(new byte[3]))
                .isInstanceOfSatisfying(
                        DataFileException.class, e -> assertThat(e.problemKey()).isEqualTo("corrupt-snapshot"));
    }
}
