package nl.cookiekeur.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.cookiekeur.evidence.ScanNote;
import org.junit.jupiter.api.Test;

class ScanNoteKeysTest {
    private static final Pattern KEY = Pattern.compile("ScanNote\\.of\\(\\s*\"([^\"]+)\"");

    @Test
    void everyNoteTheScannerWritesHasItsTexts() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = KEY.matcher(Files.readString(file));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys)
                .allSatisfy(key -> assertThat(ScanNote.of(key).known()).as(key).isTrue());
    }
}
