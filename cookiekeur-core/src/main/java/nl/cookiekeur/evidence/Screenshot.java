package nl.cookiekeur.evidence;

import java.util.Objects;

/**
 * A screenshot stored with the evidence.
 *
 * @param phase the phase
 * @param pageUrl the page
 * @param moment what it shows: {@code banner}, {@code settings}, {@code after-choice}, {@code page}
 * @param file the path relative to the evidence folder, such as {@code screenshots/reject-1-after-choice.png}
 */
public record Screenshot(Phase phase, String pageUrl, String moment, String file) {

    public Screenshot {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(file, "file");
    }
}
