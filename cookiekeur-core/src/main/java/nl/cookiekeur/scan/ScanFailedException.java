package nl.cookiekeur.scan;

import nl.cookiekeur.CookiekeurException;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.text.Language;

/**
 * A scan that could not be done at all. The reason is a {@link ScanNote}, so the edge says it in its user's
 * language ({@link #text(Language)}); the message is the Dutch sentence.
 */
public final class ScanFailedException extends CookiekeurException {

    private static final long serialVersionUID = 1L;

    private final ScanNote note;

    public ScanFailedException(ScanNote note) {
        super(note.text(Language.DUTCH));
        this.note = note;
    }

    public ScanFailedException(ScanNote note, Throwable cause) {
        super(note.text(Language.DUTCH), cause);
        this.note = note;
    }

    /** Why the scan failed, as a key with arguments. */
    public ScanNote note() {
        return note;
    }

    /** The complete sentence in {@code language}. */
    public String text(Language language) {
        return note.text(language);
    }
}
