package nl.cookiekeur.cli.knowledge;

import java.util.List;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.Tracker;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code knowledge lookup} as JSON.
 *
 * @param name the name looked up
 * @param domain the cookie domain given, if any
 * @param status identified, ambiguous or unidentified
 * @param matches the identified entry, or all candidates when ambiguous
 * @param withheld entries whose name fits but that need domain or vendor evidence
 * @param tracker the tracker the cookie domain belongs to, if known
 * @param verdict the legal judgement: category after the necessity rules, advice and whether consent is needed
 */
record LookupReport(
        String name,
        @Nullable String domain,
        String status,
        List<EntryView> matches,
        List<EntryView> withheld,
        @Nullable TrackerView tracker,
        LookupVerdict verdict) {

    static LookupReport of(
            String name,
            @Nullable String domain,
            CookieLookup lookup,
            @Nullable Tracker tracker,
            LookupVerdict verdict) {
        TrackerView trackerView = tracker == null ? null : TrackerView.of(tracker);
        return switch (lookup) {
            case CookieLookup.Identified identified ->
                new LookupReport(
                        name,
                        domain,
                        "identified",
                        List.of(EntryView.of(identified.match())),
                        List.of(),
                        trackerView,
                        verdict);
            case CookieLookup.Ambiguous ambiguous ->
                new LookupReport(
                        name,
                        domain,
                        "ambiguous",
                        ambiguous.candidates().stream().map(EntryView::of).toList(),
                        List.of(),
                        trackerView,
                        verdict);
            case CookieLookup.Unidentified unidentified ->
                new LookupReport(
                        name,
                        domain,
                        "unidentified",
                        List.of(),
                        unidentified.withheld().stream().map(EntryView::of).toList(),
                        trackerView,
                        verdict);
        };
    }
}
