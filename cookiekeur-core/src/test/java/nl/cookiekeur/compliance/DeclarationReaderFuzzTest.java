package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.cookiekeur.evidence.PolicyText;

/**
 * Fuzzes the reading of a cookie statement's tables (rows of tab-separated cells, one per input line, as the
 * scanner records them) and of stated lifetimes: a statement is the site's text, so nothing in it may make the
 * reader throw; it yields declared cookies or none.
 */
class DeclarationReaderFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void statementTablesNeverThrow(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<String> rows = List.of(text.split("\n", -1));
        PolicyText statement =
                new PolicyText("https://www.shop.nl/", "https://www.shop.nl/cookies", "cookie", "Cookies", text, rows);

        List<DeclaredCookie> declared = DeclarationReader.read(List.of(statement));

        assertThat(declared).hasSizeLessThanOrEqualTo(rows.size());
        for (DeclaredCookie cookie : declared) {
            assertThat(DeclarationReader.mentions(List.of(statement), cookie.name()))
                    .as(cookie.name())
                    .isTrue();
        }
        for (String row : rows) {
            for (String cell : row.split("\t", -1)) {
                DeclaredLifetime.parse(cell)
                        .ifPresent(lifetime -> assertThat(lifetime.display()).isNotEmpty());
            }
        }
    }
}
