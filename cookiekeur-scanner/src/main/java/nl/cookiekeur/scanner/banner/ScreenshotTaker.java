package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Page;
import org.jspecify.annotations.Nullable;

/** PLACEHOLDER on branch scanner until branch banner lands (contract of issue 4). */
@FunctionalInterface
public interface ScreenshotTaker {
    /** Takes a screenshot; returns the evidence-relative path or null. */
    @Nullable
    String take(Page page, String moment);
}
