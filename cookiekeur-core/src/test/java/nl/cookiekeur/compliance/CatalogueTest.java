package nl.cookiekeur.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.cookiekeur.law.InvalidLegalDataException;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void everyCatalogueIdHasExactlyOneCheckInOrder() {
        assertThat(Judge.ASSESSOR.checks()).containsExactly(CheckId.values());
    }

    @Test
    void everyCheckCitesSourcesThatTheCatalogueHolds() {
        for (CheckId check : CheckId.values()) {
            assertThat(check.citationIds()).as(check.id()).isNotEmpty();
            for (String id : check.citationIds()) {
                assertThat(Judge.TREE.citations().find(id))
                        .as(check.id() + " cites " + id)
                        .isPresent();
            }
        }
    }

    @Test
    void severitiesFollowTheCatalogue() {
        assertThat(CheckId.NL_CK_01.severity()).isEqualTo(Severity.KRITIEK);
        assertThat(CheckId.NL_CK_07.severity()).isEqualTo(Severity.MIDDEL);
        assertThat(CheckId.NL_CK_20.severity()).isEqualTo(Severity.LAAG);
        assertThat(CheckId.NL_CK_31.severity()).isEqualTo(Severity.INFO);
        assertThat(CheckId.fromId(" nl-ck-09 ")).hasValue(CheckId.NL_CK_09);
        assertThat(CheckId.fromId("NL-CK-99")).isEmpty();
    }

    @Test
    void shippedTextsAreCompleteInBothLanguagesAndFillInTheirArguments() {
        CheckTexts texts = CheckTexts.load(CheckCatalogue.all());

        LocalizedText text = texts.text(CheckId.NL_CK_05, "explanation", List.of("3", "1"));

        assertThat(text.in(Language.DUTCH)).startsWith("Weigeren kostte 3 klik(ken), accepteren 1.");
        assertThat(text.in(Language.ENGLISH)).startsWith("Refusing took 3 click(s), accepting 1.");
    }

    @Test
    void untrustedArgumentsAreInsertedLiterally() {
        CheckTexts texts = CheckTexts.load(CheckCatalogue.all());

        LocalizedText text = texts.text(CheckId.NL_CK_04, "explanation", List.of("{1} <script>'x'</script>"));

        assertThat(text.english()).contains("‘{1} <script>'x'</script>’");
    }

    private static Map<Language, Map<String, String>> minimalTexts() {
        Map<String, String> dutch = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        for (String field : List.of("title", "explanation", "remediation", "review")) {
            dutch.put("NL-CK-05." + field, "tekst {0}");
            english.put("NL-CK-05." + field, "text {0}");
        }
        Map<Language, Map<String, String>> texts = new HashMap<>();
        texts.put(Language.DUTCH, dutch);
        texts.put(Language.ENGLISH, english);
        return texts;
    }

    @Test
    void validationNamesAMissingText() {
        Map<Language, Map<String, String>> texts = minimalTexts();
        Objects.requireNonNull(texts.get(Language.ENGLISH)).remove("NL-CK-05.remediation");

        assertThatThrownBy(() -> CheckTexts.of(texts, List.of(new RejectStepsCheck())))
                .isInstanceOf(InvalidLegalDataException.class)
                .hasMessageContaining("checks_en.properties")
                .hasMessageContaining("NL-CK-05.remediation");
    }

    @Test
    void validationRejectsASingleApostropheAndUnknownKeys() {
        Map<Language, Map<String, String>> apostrophe = minimalTexts();
        Objects.requireNonNull(apostrophe.get(Language.DUTCH)).put("NL-CK-05.title", "cookie's");
        Map<Language, Map<String, String>> unknown = minimalTexts();
        Objects.requireNonNull(unknown.get(Language.DUTCH)).put("NL-CK-05.extra", "x");

        assertThatThrownBy(() -> CheckTexts.of(apostrophe, List.of(new RejectStepsCheck())))
                .hasMessageContaining("apostrophe");
        assertThatThrownBy(() -> CheckTexts.of(unknown, List.of(new RejectStepsCheck())))
                .hasMessageContaining("NL-CK-05.extra");
        assertThat(CheckTexts.of(minimalTexts(), List.of(new RejectStepsCheck())))
                .isNotNull();
    }
}
