package nl.cookiekeur.compliance;

import java.util.Objects;
import nl.cookiekeur.text.Language;

/**
 * A text in Dutch and English.
 *
 * @param dutch the Dutch text
 * @param english the English text
 */
public record LocalizedText(String dutch, String english) {

    public LocalizedText {
        Objects.requireNonNull(dutch, "dutch");
        Objects.requireNonNull(english, "english");
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.ENGLISH ? english : dutch;
    }
}
