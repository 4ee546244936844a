package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the scanner made (or failed to make) the choice of a phase.
 *
 * @param phase the phase (reject, accept or withdraw)
 * @param pageUrl the page where the choice was made
 * @param outcome how it ended
 * @param layer the layer of the last control used: 1 first layer, 2 settings layer, 0 when none
 * @param steps the visible texts of the controls clicked, in order (untrusted, bounded)
 * @param interactions the number of clicks and toggles it took
 * @param screenshot the evidence-relative path of the screenshot taken right after, or {@code null}
 * @param note what went wrong or was special, empty when nothing
 * @param controlShot the banner just before its last control was used, cropped, with that control marked; or
 *     {@code null} when none could be taken (no control used, the page went away, the screenshot limit)
 */
public record ConsentChoice(
        Phase phase,
        String pageUrl,
        ChoiceOutcome outcome,
        int layer,
        List<String> steps,
        int interactions,
        @Nullable String screenshot,
        String note,
        @Nullable ControlShot controlShot) {

    public ConsentChoice {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        Objects.requireNonNull(note, "note");
    }

    /** A choice without a screenshot of the control that was used. */
    public ConsentChoice(
            Phase phase,
            String pageUrl,
            ChoiceOutcome outcome,
            int layer,
            List<String> steps,
            int interactions,
            @Nullable String screenshot,
            String note) {
        this(phase, pageUrl, outcome, layer, steps, interactions, screenshot, note, null);
    }
}
