package nl.cookiekeur.scanner.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk format stays byte for byte the same: the fully populated sample is written and compared with
 * the files in {@code src/test/resources/golden-evidence}. Run with {@code -Dgolden.update=true} to rewrite
 * them (then review the diff: a change here is a change of the evidence format).
 */
class ArchiveGoldenFilesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-evidence");

    @TempDir
    Path folder;

    @Test
    void everyEvidenceFileMatchesItsGoldenFile() throws IOException {
        new NdjsonEvidenceArchive().write(SampleEvidence.full(), folder);

        List<Path> written;
        try (Stream<Path> files = Files.list(folder)) {
            written = files.sorted().toList();
        }
        boolean updating = Boolean.parseBoolean(System.getProperty("golden.update", "false"));
        for (Path file : written) {
            Path golden = GOLDEN.resolve(file.getFileName().toString());
            if (updating) {
                Files.copy(file, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            assertThat(golden).as("golden file %s", golden).exists();
            assertThat(file).as("%s differs from %s", file, golden).hasSameBinaryContentAs(golden);
        }
        // scan.ndjson and one file per registered evidence kind
        assertThat(written).hasSize(1 + nl.cookiekeur.evidence.RecordKinds.ALL.size());
    }
}
