package nl.cookiekeur.scanner.page;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ScanNote;
import nl.cookiekeur.evidence.StorageEntry;

/**
 * What the page instruments saw on one page in one phase, over all its frames.
 *
 * @param storage localStorage and sessionStorage keys and IndexedDB database names per frame origin, with the
 *     script that wrote each when the instruments saw it
 * @param fingerprinting the fingerprinting attempts that met the criteria, one per technique and script
 * @param consentSignals the TCF TC string (decoded), Google Consent Mode commands and consent-platform
 *     cookies and storage keys
 * @param cookieSetters cookie name → URL of the script that first wrote it through {@code document.cookie} or
 *     the Cookie Store API (inline scripts are attributed to their document's URL)
 * @param problems frames that could not be read, as notes (for {@code ScanProblem}s of kind
 *     {@code instruments}); empty when none
 * @param cookieExpiries cookie name → the expiry its last script write asked for ({@code expires=} or
 *     {@code max-age=} of {@code document.cookie}, {@code expires} of the Cookie Store); absent when unknown or a
 *     session cookie
 */
public record PageObservations(
        List<StorageEntry> storage,
        List<FingerprintCall> fingerprinting,
        List<ConsentSignal> consentSignals,
        Map<String, String> cookieSetters,
        List<ScanNote> problems,
        Map<String, Instant> cookieExpiries) {

    public PageObservations {
        cookieExpiries = Map.copyOf(cookieExpiries);
        storage = List.copyOf(storage);
        fingerprinting = List.copyOf(fingerprinting);
        consentSignals = List.copyOf(consentSignals);
        cookieSetters = Map.copyOf(cookieSetters);
        problems = List.copyOf(problems);
    }

    /** Observations without requested cookie expiries. */
    public PageObservations(
            List<StorageEntry> storage,
            List<FingerprintCall> fingerprinting,
            List<ConsentSignal> consentSignals,
            Map<String, String> cookieSetters,
            List<ScanNote> problems) {
        this(storage, fingerprinting, consentSignals, cookieSetters, problems, Map.of());
    }

    /** Observations without problems (the shape of the shared contract). */
    public PageObservations(
            List<StorageEntry> storage,
            List<FingerprintCall> fingerprinting,
            List<ConsentSignal> consentSignals,
            Map<String, String> cookieSetters) {
        this(storage, fingerprinting, consentSignals, cookieSetters, List.of());
    }

    /** Nothing observed, with the reason. */
    public static PageObservations nothing(ScanNote problem) {
        return new PageObservations(List.of(), List.of(), List.of(), Map.of(), List.of(problem));
    }
}
