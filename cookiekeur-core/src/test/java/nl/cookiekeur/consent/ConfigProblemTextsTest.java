package nl.cookiekeur.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/** Every configuration problem has a text in Dutch and English with exactly its arguments. */
class ConfigProblemTextsTest {

    @Test
    void everyCodeHasBothTextsWithMatchingPlaceholders() {
        ConfigProblemTexts texts = ConfigProblemTexts.load();
        for (ConfigProblem.Code code : ConfigProblem.Code.values()) {
            Object[] arguments = new Object[code.arity()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = "ARG" + i;
            }
            ConfigProblem problem = ConfigProblem.of(code, arguments);
            for (Language language : Language.values()) {
                String text = texts.format(language, problem);
                assertThat(text).as(code.id() + " in " + language).isNotBlank().doesNotContain("{");
                for (int i = 0; i < arguments.length; i++) {
                    assertThat(text).as(code.id() + " in " + language).contains("ARG" + i);
                }
            }
        }
    }

    @Test
    void codesAreStableKebabCase() {
        Set<String> ids = new HashSet<>();
        for (ConfigProblem.Code code : ConfigProblem.Code.values()) {
            assertThat(code.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(ids.add(code.id())).isTrue();
        }
        assertThat(ConfigProblem.Code.LIST_SIZE.id()).isEqualTo("list-size");
        assertThat(ConfigProblem.Code.NOT_JSON.id()).isEqualTo("not-json");
    }

    @Test
    void theExampleReadsWellInBothLanguages() {
        ConfigProblem problem = ConfigProblem.of(ConfigProblem.Code.LIST_SIZE, "languages", 1, 10);
        assertThat(problem.text(Language.DUTCH)).isEqualTo("'languages' moet een lijst van 1 tot 10 teksten zijn");
        assertThat(problem.text(Language.ENGLISH)).isEqualTo("'languages' must be a list of 1 to 10 strings");
        assertThat(ConfigProblem.of(ConfigProblem.Code.NOT_JSON, 1, 2).text(Language.DUTCH))
                .isEqualTo("geen geldige JSON (regel 1, kolom 2)");
        assertThat(ConfigProblem.of(ConfigProblem.Code.TEXTS_VALUE, "nl", 5000).text(Language.ENGLISH))
                .as("numbers are passed as text: no grouping in any locale")
                .contains("at most 5000 characters");
    }

    @Test
    void aMissingTextIsRefused() {
        Map<Language, Map<String, String>> texts = shipped();
        own(texts, Language.ENGLISH).remove("gpc");
        assertThatThrownBy(() -> ConfigProblemTexts.of(texts))
                .hasMessageContaining("config-problems_en.properties")
                .hasMessageContaining("gpc")
                .hasMessageContaining("text missing");
    }

    @Test
    void aTextNoCodeUsesIsRefused() {
        Map<Language, Map<String, String>> texts = shipped();
        own(texts, Language.DUTCH).put("gpc-old", "''gpc'' is fout");
        assertThatThrownBy(() -> ConfigProblemTexts.of(texts)).hasMessageContaining("gpc-old");
    }

    @Test
    void placeholdersMustMatchTheArguments() {
        Map<Language, Map<String, String>> missing = shipped();
        own(missing, Language.DUTCH).put("list-size", "''{0}'' moet een lijst van {1} teksten zijn");
        assertThatThrownBy(() -> ConfigProblemTexts.of(missing))
                .hasMessageContaining("config-problems_nl.properties")
                .hasMessageContaining("list-size")
                .hasMessageContaining("placeholders");

        Map<Language, Map<String, String>> extra = shipped();
        own(extra, Language.ENGLISH).put("gpc", "''gpc'' must be {0}");
        assertThatThrownBy(() -> ConfigProblemTexts.of(extra)).hasMessageContaining("placeholders");

        Map<Language, Map<String, String>> quoted = shipped();
        own(quoted, Language.DUTCH).put("unknown-field", "onbekend veld '{0}'");
        assertThatThrownBy(() -> ConfigProblemTexts.of(quoted)).hasMessageContaining("apostrophe");
    }

    @Test
    void aProblemNeedsExactlyItsArguments() {
        assertThatThrownBy(() -> ConfigProblem.of(ConfigProblem.Code.LIST_SIZE, "languages"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExceptionCarriesTheProblem() {
        ConsentException e = new ConsentException(ConfigProblem.of(ConfigProblem.Code.GPC));
        assertThat(e.reason()).isEqualTo(ConsentException.Reason.INVALID_CONFIG);
        assertThat(e.subject()).isEqualTo("'gpc' must be \"respect\" or \"ignore\"");
        assertThat(e.getMessage()).isEqualTo("Ongeldige siteconfiguratie: 'gpc' moet \"respect\" of \"ignore\" zijn");
        assertThat(e.configProblem())
                .hasValueSatisfying(p -> assertThat(p.code().id()).isEqualTo("gpc"));
    }

    private static Map<String, String> own(Map<Language, Map<String, String>> texts, Language language) {
        return java.util.Objects.requireNonNull(texts.get(language));
    }

    private static Map<Language, Map<String, String>> shipped() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new HashMap<>(ConfigProblemTexts.read(ConfigProblemTexts.resource(language))));
        }
        return texts;
    }
}
