package nl.cookiekeur.scanner.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Fuzzes the TC string decoder with what a site may put in {@code euconsent-v2} or {@code __tcfapi}: it never
 * throws, and a string it cannot read yields an {@code error} field instead of invented consent.
 */
class TcStringFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void decodeNeverThrows(byte[] input) {
        Map<String, String> fields = TcString.decode(new String(input, StandardCharsets.UTF_8));

        assertThat(fields).isNotEmpty();
        if (!fields.containsKey("error")) {
            assertThat(fields).containsEntry("version", "2").containsKey("vendorsLegitimateInterest");
        }
    }
}
