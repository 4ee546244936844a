package nl.cookiekeur.scanner.banner;

import com.microsoft.playwright.Page;
import java.util.List;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ChoiceOutcome;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.Phase;

/** PLACEHOLDER on branch scanner until branch banner lands (contract of issue 4). */
public final class BannerOperator {
    private BannerOperator() {}

    /** The operator with the shipped rules. */
    public static BannerOperator shipped() {
        return new BannerOperator();
    }

    /** Observes nothing (placeholder). */
    public BannerObservation observe(
            Page page, Phase phase, String pageUrl, boolean openSettings, ScreenshotTaker shots) {
        return new BannerObservation(
                phase, pageUrl, false, "", null, null, null, "", "", false, false, false, List.of(), List.of(), false,
                null);
    }

    /** Placeholder. */
    public ConsentChoice accept(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return none(phase, pageUrl);
    }

    /** Placeholder. */
    public ConsentChoice reject(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return none(phase, pageUrl);
    }

    /** Placeholder. */
    public ConsentChoice withdraw(Page page, Phase phase, String pageUrl, ScreenshotTaker shots) {
        return none(phase, pageUrl);
    }

    private static ConsentChoice none(Phase phase, String pageUrl) {
        return new ConsentChoice(phase, pageUrl, ChoiceOutcome.NO_BANNER, 0, List.of(), 0, null, "placeholder");
    }
}
