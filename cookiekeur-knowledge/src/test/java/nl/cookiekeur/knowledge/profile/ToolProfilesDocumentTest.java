package nl.cookiekeur.knowledge.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cookiekeur.law.DecisionTree;
import nl.cookiekeur.profile.ToolProfile;
import org.junit.jupiter.api.Test;

/** Keeps the catalogue table in docs/tool-profiles.md in step with the shipped profiles. */
class ToolProfilesDocumentTest {
    private static final Pattern ROW =
            Pattern.compile("^\\| `([a-z0-9-]+)` \\| [^|]+ \\| ([a-z-]+) \\| (\\d+) \\| (ja|nee)", Pattern.MULTILINE);

    @Test
    void everyProfileIsDocumentedWithItsKindAndAdvice() throws IOException {
        String document = Files.readString(Path.of("..", "docs", "tool-profiles.md"), StandardCharsets.UTF_8);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(document);
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + " " + row.group(3) + " " + row.group(4));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        for (ToolProfile profile : JsonToolCatalogue.load(DecisionTree.load()).all()) {
            actual.put(
                    profile.id(),
                    profile.kind().id() + " " + profile.advice().number() + " "
                            + (profile.consentRequired() ? "ja" : "nee"));
        }

        assertThat(documented).containsExactlyEntriesOf(actual);
    }
}
