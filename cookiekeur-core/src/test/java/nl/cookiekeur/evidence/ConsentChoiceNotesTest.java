package nl.cookiekeur.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.cookiekeur.text.Language;
import org.junit.jupiter.api.Test;

/** A choice's notes are said in the reader's language; an old choice with a note in words keeps it. */
class ConsentChoiceNotesTest {
    private static final String PAGE = "https://www.voorbeeld.nl/";

    @Test
    void keyedNotesAreSaidInEachLanguageAndTheirEnglishIsTheNote() {
        ConsentChoice choice = new ConsentChoice(
                Phase.WITHDRAW,
                PAGE,
                ChoiceOutcome.MADE,
                1,
                List.of("Cookie-instellingen", "Alles weigeren"),
                2,
                null,
                List.of(
                        ScanNote.of("choice.reopenedControl", "Cookie-instellingen"),
                        ScanNote.of("choice.clickedTwice")),
                null);

        assertThat(choice.note())
                .isEqualTo("the choice was reopened through the control “Cookie-instellingen”; the control was"
                        + " clicked twice: the first click changed nothing");
        assertThat(choice.note(Language.DUTCH))
                .isEqualTo("de keuze is heropend via de knop „Cookie-instellingen”; de knop is twee keer"
                        + " aangeklikt: de eerste klik veranderde niets");
        assertThat(choice.notes()).allMatch(ScanNote::known);
    }

    @Test
    void aNoteInWordsOnlyIsKeptAsItWas() {
        ConsentChoice old =
                new ConsentChoice(Phase.REJECT, PAGE, ChoiceOutcome.FAILED, 1, List.of(), 1, null, "something odd");

        assertThat(old.note(Language.DUTCH)).isEqualTo("something odd");
        assertThat(old.notes()).isEmpty();
    }
}
