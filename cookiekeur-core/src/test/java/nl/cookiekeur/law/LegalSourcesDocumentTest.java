package nl.cookiekeur.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/legal-sources.md in step with the citation catalogue. */
class LegalSourcesDocumentTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|(.*)$", Pattern.MULTILINE);

    private static Map<String, String> documentedRows() throws IOException {
        String document = Files.readString(Path.of("..", "docs", "legal-sources.md"), StandardCharsets.UTF_8);
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }

    @Test
    void everyCitationIsDocumentedOnceAndNothingElse() throws IOException {
        CitationCatalogue catalogue = DecisionTree.load().citations();

        assertThat(documentedRows().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        catalogue.all().stream().map(Citation::id).toList());
    }

    @Test
    void everyUncertainCitationIsMarkedUncertainInTheDocument() throws IOException {
        Map<String, String> rows = documentedRows();
        for (Citation citation : DecisionTree.load().citations().all()) {
            if (citation.uncertain()) {
                assertThat(rows.get(citation.id())).as(citation.id()).contains("[U]");
            }
        }
    }
}
