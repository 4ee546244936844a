package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the scanner saw of the consent banner on a page in a phase, or that there was none.
 *
 * @param phase the phase
 * @param pageUrl the page
 * @param found whether a banner was found
 * @param detector which rule found it ({@code autoconsent:<name>}, {@code consent-o-matic:<name>},
 *     {@code generic}), empty when none was found
 * @param cmp the consent platform's name when a rule recognised it, else {@code null}
 * @param location where it was found, {@code null} when none was found
 * @param frameUrl the iframe's URL for {@link BannerLocation#IFRAME}, else {@code null}
 * @param text the first layer's visible text (untrusted, bounded)
 * @param language the language of that text ({@code nl}, {@code en}, …) or empty when unknown
 * @param blocksPage whether it covers the page and blocks interaction with it (a cookie wall)
 * @param declaresPurposes whether the first layer names purposes (analytics, advertising, …)
 * @param declaresParties whether the first layer names who processes (the organisation or third parties)
 * @param controls the controls on the first layer and, when it was opened, the settings layer
 * @param toggles the checkboxes and switches with their initial state
 * @param settingsLayerOpened whether the scanner opened the settings layer to record it
 * @param screenshot the evidence-relative path of a screenshot showing the banner, or {@code null}
 */
public record BannerObservation(
        Phase phase,
        String pageUrl,
        boolean found,
        String detector,
        @Nullable String cmp,
        @Nullable BannerLocation location,
        @Nullable String frameUrl,
        String text,
        String language,
        boolean blocksPage,
        boolean declaresPurposes,
        boolean declaresParties,
        List<BannerControl> controls,
        List<BannerToggle> toggles,
        boolean settingsLayerOpened,
        @Nullable String screenshot) {

    public BannerObservation {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        controls = List.copyOf(controls);
        toggles = List.copyOf(toggles);
    }

    /** The controls on the given layer. */
    public List<BannerControl> layer(int layer) {
        return controls.stream().filter(c -> c.layer() == layer).toList();
    }
}
