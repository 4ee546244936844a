package nl.cookiekeur.cli.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.cookiekeur.cli.BadInputException;
import nl.cookiekeur.cli.Messages;
import nl.cookiekeur.text.Language;

/**
 * Fuzzes the cookie CSV of {@code knowledge classify}: a header without the required columns is
 * {@link BadInputException} (exit code 2); after a good header, every line reads as a cookie or as a malformed row
 * with its line number, and nothing else escapes.
 */
class ObservedCookieCsvFuzzTest {
    private static final Messages MESSAGES = Messages.of(Language.DUTCH);
    private static final ObservedCookieFields FIELDS =
            new ObservedCookieFields(MESSAGES, null, java.time.Instant.parse("2026-12-01T00:00:00Z"));

    @FuzzTest(maxDuration = "5s")
    void rowsReadOrReportTheirLine(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        ObservedCookieCsv csv;
        try {
            csv = ObservedCookieCsv.withHeader(lines[0], FIELDS, false, MESSAGES);
        } catch (BadInputException e) {
            return;
        }
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            switch (csv.read(line, lines[i])) {
                case RowReading.Read read -> {
                    assertThat(read.row().cookie().name()).isNotBlank();
                    assertThat(read.row().line()).isEqualTo(line);
                }
                case RowReading.Malformed malformed -> {
                    assertThat(malformed.line()).isEqualTo(line);
                    assertThat(malformed.message()).isNotBlank();
                }
            }
        }
    }
}
