package nl.cookiekeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {
    static final Path EVIDENCE = Path.of("src", "test", "resources", "evidence");

    @TempDir
    Path out;

    @Test
    void everyDutchReportMatchesItsGoldenFile() throws IOException {
        List<Path> written = new FolderReportWriter().write(Sample.realistic(), EVIDENCE, out, Language.DUTCH);

        assertThat(written)
                .extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(FolderReportWriter.FILES);
        for (Path file : written) {
            Golden.check(file, "nl/" + file.getFileName());
        }
    }

    @Test
    void everyEnglishReportMatchesItsGoldenFile() throws IOException {
        List<Path> written = new FolderReportWriter().write(Sample.realistic(), EVIDENCE, out, Language.ENGLISH);

        for (Path file : written) {
            Golden.check(file, "en/" + file.getFileName());
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        Path first = out.resolve("first");
        Path second = out.resolve("second");
        new FolderReportWriter().write(Sample.realistic(), EVIDENCE, first, Language.DUTCH);
        new FolderReportWriter().write(Sample.realistic(), EVIDENCE, second, Language.DUTCH);

        for (String name : FolderReportWriter.FILES) {
            assertThat(first.resolve(name)).hasSameBinaryContentAs(second.resolve(name));
        }
    }
}
