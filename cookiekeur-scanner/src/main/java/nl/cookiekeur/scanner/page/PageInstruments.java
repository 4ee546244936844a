package nl.cookiekeur.scanner.page;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.Phase;

/** PLACEHOLDER on branch scanner until branch instruments lands (contract of issue 4). */
public final class PageInstruments {
    /** The init script. */
    public static String initScript() {
        return "";
    }

    /** Collects nothing (placeholder). */
    public PageObservations collect(Page page, Phase phase, String pageUrl) {
        return new PageObservations(List.of(), List.of(), List.of(), Map.of());
    }
}
