package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.cookiekeur.evidence.BannerEvent;
import nl.cookiekeur.evidence.BannerRemoval;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.ConsentSignalKind;
import nl.cookiekeur.evidence.Phase;

/**
 * Consent stored while the visitor did nothing: in the initial phase (no click by the scanner) a banner went
 * away by itself, after a timer or on the first scroll, and a consent record was written with it (the watcher
 * saw a consent cookie or key appear, or the page instruments saw a consent platform's storage written). Part
 * of NL-CK-10: scrolling or waiting is not an active choice.
 */
final class ConsentWithoutClick {
    private ConsentWithoutClick() {}

    /** The hit, when the initial phase shows consent stored without a click. */
    static Optional<Hit> find(AssessmentContext context, CheckId id) {
        List<BannerEvent> gone = context.evidence().bannerEvents(Phase.INITIAL).stream()
                .filter(BannerEvent::removedWithoutClick)
                .toList();
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        Set<String> stored = new LinkedHashSet<>();
        List<EvidenceRef> refs = new ArrayList<>();
        for (BannerEvent event : gone) {
            if (!event.consentWritten().isEmpty()) {
                stored.addAll(event.consentWritten());
                refs.add(EvidenceRefs.bannerEvent(event));
            }
        }
        for (ConsentSignal signal : context.evidence().consentSignals()) {
            if (signal.phase() == Phase.INITIAL
                    && signal.kind() == ConsentSignalKind.CMP_STORAGE
                    && stored.add(signal.source())) {
                refs.add(EvidenceRefs.signal(signal));
            }
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (refs.stream().noneMatch(r -> r.kind() == EvidenceKind.BANNER)) {
            refs.addFirst(EvidenceRefs.bannerEvent(gone.getFirst()));
        }
        BannerEvent first = gone.getFirst();
        String variant = first.removal() == BannerRemoval.SCROLL ? "scroll" : "timer";
        String seconds = Long.toString(Math.round(first.atMillis() / 1000.0));
        return Optional.of(new Hit(
                id.severity(),
                Confidence.CERTAIN,
                Phase.INITIAL,
                variant,
                List.of(seconds, Hits.names(stored)),
                refs,
                null));
    }
}
