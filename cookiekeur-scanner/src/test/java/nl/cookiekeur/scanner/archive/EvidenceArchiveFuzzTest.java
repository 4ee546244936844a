package nl.cookiekeur.scanner.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.ScanEvidence;

/**
 * Fuzzes reading an evidence folder (someone else's, or one edited by hand) through the archive's public read
 * API. The input holds the files: text before the first {@code ### <file>} line is {@code scan.ndjson}, each
 * {@code ### <file>} line starts another of the archive's files. The only exception that may escape is
 * {@link EvidenceFormatException} (exit code 2); evidence that is read has its one scan record.
 */
class EvidenceArchiveFuzzTest {
    /** scan.ndjson and the file of every registered evidence kind. */
    private static final Set<String> FILES = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(EvidenceFiles.SCAN),
                    nl.cookiekeur.evidence.RecordKinds.ALL.stream().map(nl.cookiekeur.evidence.RecordKind::file))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final NdjsonEvidenceArchive ARCHIVE = new NdjsonEvidenceArchive();

    @FuzzTest(maxDuration = "5s")
    void onlyEvidenceFormatExceptionEscapes(byte[] input) throws IOException {
        Path folder = Files.createTempDirectory("cookiekeur-fuzz-evidence");
        try {
            for (Map.Entry<String, String> file :
                    files(new String(input, StandardCharsets.UTF_8)).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            ScanEvidence evidence;
            try {
                evidence = ARCHIVE.read(folder);
            } catch (EvidenceFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
                return;
            }
            assertThat(evidence.scan()).isNotNull();
        } finally {
            delete(folder);
        }
    }

    private static Map<String, String> files(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        String name = EvidenceFiles.SCAN;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ") && FILES.contains(line.substring(4).strip())) {
                files.merge(name, body.toString(), String::concat);
                name = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        files.merge(name, body.toString(), String::concat);
        return files;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
