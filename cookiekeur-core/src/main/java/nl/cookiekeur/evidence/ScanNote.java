package nl.cookiekeur.evidence;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.cookiekeur.text.Language;

/**
 * What the scanner has to say about a problem or a failed scan, as a stable key with its arguments (URLs, error
 * lines of the browser, counts), so every edge says it in its user's language: {@link #text(Language)} gives
 * the sentence from {@code scan-notes_nl.properties} or {@code scan-notes_en.properties}.
 *
 * @param key the text's key, such as {@code problem.timeout}
 * @param arguments the values filled into the text, in order
 */
public record ScanNote(String key, List<String> arguments) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ScanNote {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A note with its arguments. */
    public static ScanNote of(String key, Object... arguments) {
        return new ScanNote(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The sentence in {@code language}; the key itself when the shipped texts do not know it. */
    public String text(Language language) {
        return ScanNoteTexts.shipped().format(language, this);
    }

    /** Whether the shipped texts know {@link #key()}. */
    public boolean known() {
        return ScanNoteTexts.shipped().knows(key);
    }
}
