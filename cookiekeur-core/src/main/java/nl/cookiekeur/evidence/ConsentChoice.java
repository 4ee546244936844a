package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;
import nl.cookiekeur.text.Language;
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
 * @param note what went wrong or was special, empty when nothing (in English when it was made from
 *     {@code notes})
 * @param controlShot the banner just before its last control was used, cropped, with that control marked; or
 *     {@code null} when none could be taken (no control used, the page went away, the screenshot limit)
 * @param notes the same as {@code note}, as keys with arguments, so a report says it in its own language; empty
 *     for a choice recorded before notes were keyed
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
        @Nullable ControlShot controlShot,
        List<ScanNote> notes) {

    public ConsentChoice {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(outcome, "outcome");
        steps = List.copyOf(steps);
        Objects.requireNonNull(note, "note");
        // an archive written before notes were keyed has none
        notes = List.copyOf(Objects.requireNonNullElse(notes, List.of()));
    }

    /** A choice whose note is said by keyed notes; {@link #note()} is their English text. */
    public ConsentChoice(
            Phase phase,
            String pageUrl,
            ChoiceOutcome outcome,
            int layer,
            List<String> steps,
            int interactions,
            @Nullable String screenshot,
            List<ScanNote> notes,
            @Nullable ControlShot controlShot) {
        this(
                phase,
                pageUrl,
                outcome,
                layer,
                steps,
                interactions,
                screenshot,
                joined(notes, Language.ENGLISH),
                controlShot,
                notes);
    }

    /** A choice with a note in words only, and without a screenshot of the control that was used. */
    public ConsentChoice(
            Phase phase,
            String pageUrl,
            ChoiceOutcome outcome,
            int layer,
            List<String> steps,
            int interactions,
            @Nullable String screenshot,
            String note) {
        this(phase, pageUrl, outcome, layer, steps, interactions, screenshot, note, null, List.of());
    }

    /** What went wrong or was special, in {@code language} when the notes are keyed; empty when nothing. */
    public String note(Language language) {
        return notes.isEmpty() ? note : joined(notes, language);
    }

    private static String joined(List<ScanNote> notes, Language language) {
        return String.join("; ", notes.stream().map(n -> n.text(language)).toList());
    }
}
