package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Page;
import nl.cookiekeur.evidence.ScreenBox;
import org.jspecify.annotations.Nullable;

/** Takes a screenshot of a page at a moment of banner handling; supplied by the scanner. */
@FunctionalInterface
public interface ScreenshotTaker {

    /** A taker that takes none. */
    ScreenshotTaker NONE = (page, moment) -> null;

    /**
     * Takes a screenshot.
     *
     * @param page the page
     * @param moment {@code banner}, {@code settings} or {@code after-choice}
     * @return the evidence-relative path of the stored file, or {@code null} when none was taken
     */
    @Nullable
    String take(Page page, String moment);

    /**
     * Takes a screenshot of part of the viewport; a taker that cannot crop takes the whole viewport.
     *
     * @param clip the area in CSS pixels of the viewport, already within it
     */
    default @Nullable String take(Page page, String moment, ScreenBox clip) {
        return take(page, moment);
    }
}
