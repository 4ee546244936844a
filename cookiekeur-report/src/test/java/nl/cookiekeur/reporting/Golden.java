package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares produced files byte for byte with the golden files in {@code src/test/resources/golden}. Run
 * with {@code -Dgolden.update=true} to rewrite the golden files from the current output (then review the
 * diff before committing).
 */
final class Golden {
    static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    static void check(Path produced, String goldenName) throws IOException {
        Path golden = FOLDER.resolve(goldenName);
        byte[] actual = Files.readAllBytes(produced);
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        assertThat(golden)
                .as("golden file %s (refresh with -Dgolden.update=true)", golden)
                .exists();
        String expected = Files.readString(golden);
        assertThat(new String(actual, java.nio.charset.StandardCharsets.UTF_8))
                .as(
                        "%s differs from golden %s; refresh with -Dgolden.update=true and review the diff",
                        produced, golden)
                .isEqualTo(expected);
        assertThat(actual).isEqualTo(Files.readAllBytes(golden));
    }
}
