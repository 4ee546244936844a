package nl.cookiekeur.scanner.archive;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.cookiekeur.evidence.EvidenceFormatException;

/**
 * Writes records as NDJSON lines, each starting with the format version, into a temporary file next to the
 * target and then moves it into place, so a reader never sees a half-written file.
 */
final class NdjsonFileWriter {

    private final ObjectMapper mapper;

    NdjsonFileWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Replaces {@code folder/name} with one line per item, each carrying the format version. */
    void write(Path folder, String name, List<?> items, int version) {
        Path target = folder.resolve(name);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, UTF_8)) {
                for (Object item : items) {
                    out.write(line(item, version));
                    out.write('\n');
                }
            }
            move(temp, target);
        } catch (IOException | IllegalArgumentException e) {
            deleteQuietly(temp);
            throw new EvidenceFormatException("Kan bewijsbestand " + target + " niet schrijven: " + e.getMessage(), e);
        }
    }

    private String line(Object item, int version) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        node.put(EvidenceFiles.VERSION_KEY, version);
        JsonNode fields = mapper.valueToTree(item);
        node.setAll((ObjectNode) fields);
        return mapper.writeValueAsString(node);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(@org.jspecify.annotations.Nullable Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file stays behind; the target file is untouched either way
        }
    }
}
