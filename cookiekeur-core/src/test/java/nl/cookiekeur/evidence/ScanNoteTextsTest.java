package nl.cookiekeur.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.cookiekeur.scan.ScanFailedException;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

class ScanNoteTextsTest {

    @Test
    void everyKeyHasATextInEveryLanguage() {
        ScanNoteTexts texts = ScanNoteTexts.load();
        assertThat(texts.keys()).hasSizeGreaterThan(40);
        for (String key : texts.keys()) {
            for (Language language : Language.values()) {
                ScanNote note = new ScanNote(key, List.of("a", "b", "c"));
                assertThat(note.text(language))
                        .as(key + " in " + language)
                        .isNotBlank()
                        .isNotEqualTo(key);
            }
        }
    }

    @Test
    void aKeyMissingInEnglishFailsTheLoadNamingFileAndKey() {
        assertThatThrownBy(() -> ScanNoteTexts.of(Map.of(
                        Language.DUTCH, Map.of("problem.timeout", "te laat", "problem.crash", "kapot: {0}"),
                        Language.ENGLISH, Map.of("problem.timeout", "too late"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("scan-notes_en.properties: problem.crash: text missing");
    }

    @Test
    void placeholdersMustBeTheSameInEveryLanguage() {
        assertThatThrownBy(() -> ScanNoteTexts.of(Map.of(
                        Language.DUTCH, Map.of("problem.crash", "kapot: {0}"),
                        Language.ENGLISH, Map.of("problem.crash", "crashed"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scan-notes_en.properties: problem.crash: uses placeholders []");
    }

    @Test
    void theDutchTextIsTheOneProblemsCarriedBeforeTheyHadKeys() {
        ScanProblem problem = ScanProblem.of(
                Phase.INITIAL, "https://www.shop.nl/", "redirect-loop", ScanNote.of("problem.redirect-loop", 9));
        assertThat(problem.message()).isEqualTo("de pagina bleef doorsturen (9 navigaties); laden gestopt");
        assertThat(problem.text(Language.ENGLISH))
                .isEqualTo("the page kept redirecting (9 navigations); loading stopped");
    }

    @Test
    void aProblemFromOldEvidenceKeepsItsTextInEveryLanguage() {
        ScanProblem old = new ScanProblem(null, "https://www.shop.nl/", "navigation", "sitemap.xml gaf 404");
        assertThat(old.note()).isNull();
        assertThat(old.text(Language.ENGLISH)).isEqualTo("sitemap.xml gaf 404");
    }

    @Test
    void aFailedScanSaysWhyInTheUsersLanguage() {
        ScanFailedException failure =
                new ScanFailedException(ScanNote.of("unreachable.refused", "https://www.shop.nl/"));
        assertThat(failure.getMessage())
                .isEqualTo("De site https://www.shop.nl/ is niet te scannen: de server weigert de verbinding.");
        assertThat(failure.text(Language.ENGLISH))
                .isEqualTo("The site https://www.shop.nl/ cannot be scanned: the server refuses the connection.");
    }
}
