package nl.cookiekeur.compliance;

import java.util.Objects;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.text.Language;

/**
 * Something a scan was asked to look at but could not: the start page did not load or answered with an error,
 * or a phase was not run or broken off. A scan with a gap is incomplete: its findings cannot show what the
 * scanner never saw, so its verdict is never an all-clear.
 *
 * @param phase the phase concerned
 * @param pageUrl the page concerned, the start URL for a whole phase
 * @param note what was not seen, as a text key of the scanner's notes ({@code gap.*})
 * @param cause why, as the scanner said it
 */
public record CoverageGap(Phase phase, String pageUrl, ScanNote note, ScanNote cause) {

    public CoverageGap {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(cause, "cause");
    }

    /** The gap as one sentence in {@code language}. */
    public String text(Language language) {
        return note.text(language) + ": " + cause.text(language);
    }

    /** The gap as one sentence in Dutch and English. */
    public LocalizedText sentence() {
        return new LocalizedText(text(Language.DUTCH), text(Language.ENGLISH));
    }

    static CoverageGap of(Phase phase, String pageUrl, ScanNote cause, String key, Object... arguments) {
        return new CoverageGap(phase, pageUrl, ScanNote.of(key, arguments), cause);
    }

    /** A cause known only as text (a browser's error line, or a problem from evidence without keys). */
    static ScanNote said(String text) {
        return ScanNote.of("problem.navigation", text);
    }
}
