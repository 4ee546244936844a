package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the check table of docs/legal-sources.md in step with the catalogue. */
class ChecksDocumentTest {
    private static final Pattern ROW = Pattern.compile("^\\| (NL-CK-\\d\\d) \\|(.*)$", Pattern.MULTILINE);
    private static final Pattern CITED = Pattern.compile("`([^`]+)`");

    @Test
    void everyCheckIsDocumentedWithExactlyItsSources() throws IOException {
        String document = Files.readString(Path.of("..", "docs", "legal-sources.md"), StandardCharsets.UTF_8);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            String[] cells = row.group(2).split("\\|");
            List<String> cited = new ArrayList<>();
            Matcher id = CITED.matcher(cells.length > 3 ? cells[3] : "");
            while (id.find()) {
                cited.add(id.group(1));
            }
            rows.put(row.group(1), cited);
        }

        assertThat(rows.keySet())
                .containsExactly(
                        List.of(CheckId.values()).stream().map(CheckId::id).toArray(String[]::new));
        for (CheckId check : CheckId.values()) {
            assertThat(rows.get(check.id())).as(check.id()).containsExactlyElementsOf(check.citationIds());
        }
    }
}
