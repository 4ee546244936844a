package nl.cookiekeur.evidence;

import java.util.Objects;
import nl.cookiekeur.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * Something that went wrong during a scan without ending it: a page that timed out or crashed, a dialog
 * dismissed, a download refused.
 *
 * @param phase the phase, {@code null} when it happened outside one (crawl discovery)
 * @param pageUrl the page concerned
 * @param kind a short code such as {@code timeout}, {@code crash}, {@code navigation}, {@code dialog},
 *     {@code download}, {@code popup}, {@code too-large}
 * @param message what happened, in plain Dutch words (untrusted parts bounded)
 * @param note the same as a text key with arguments, so it can be said in any language; {@code null} in
 *     evidence written before problems had keys
 */
public record ScanProblem(
        @Nullable Phase phase,
        String pageUrl,
        String kind,
        String message,
        @Nullable ScanNote note) {

    public ScanProblem {
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A problem known only as Dutch text (evidence written before problems had keys). */
    public ScanProblem(@Nullable Phase phase, String pageUrl, String kind, String message) {
        this(phase, pageUrl, kind, message, null);
    }

    /** A problem from its note; the message is the note's Dutch text. */
    public static ScanProblem of(@Nullable Phase phase, String pageUrl, String kind, ScanNote note) {
        return new ScanProblem(phase, pageUrl, kind, note.text(Language.DUTCH), note);
    }

    /** What happened in {@code language}; the stored message when the problem has no note or an unknown one. */
    public String text(Language language) {
        return note == null || !note.known() ? message : note.text(language);
    }
}
