package nl.cookiekeur.scan;

import java.util.Objects;
import nl.cookiekeur.evidence.Phase;

/**
 * A progress step of a running scan.
 *
 * @param phase the phase running
 * @param page the page number within the phase, from 1
 * @param pages the number of pages planned for the phase
 * @param url the page's URL
 * @param activity what is happening
 * @param cookies cookies seen so far in the phase
 * @param storage storage entries seen so far in the phase
 * @param requests requests seen so far in the phase
 * @param thirdParties distinct third-party hosts seen so far in the phase
 */
public record ScanStep(
        Phase phase,
        int page,
        int pages,
        String url,
        ScanActivity activity,
        int cookies,
        int storage,
        int requests,
        int thirdParties) {

    public ScanStep {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(activity, "activity");
    }
}
