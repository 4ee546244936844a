package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Everything one scan recorded. The scanner records; it does not judge.
 *
 * @param scan the facts about the scan
 * @param visits the page visits, per phase in order
 * @param cookies the cookies per phase
 * @param storage the storage entries per phase
 * @param requests the requests per phase
 * @param fingerprinting the fingerprinting attempts per phase
 * @param banners what was seen of the banner, per phase and page
 * @param choices how each phase's choice was made
 * @param consentSignals the consent signals read
 * @param screenshots the screenshots taken
 * @param statements the cookie and privacy statements the site links to
 * @param problems what went wrong without ending the scan
 */
public record ScanEvidence(
        ScanInfo scan,
        List<PageVisit> visits,
        List<ObservedCookie> cookies,
        List<StorageEntry> storage,
        List<ObservedRequest> requests,
        List<FingerprintCall> fingerprinting,
        List<BannerObservation> banners,
        List<ConsentChoice> choices,
        List<ConsentSignal> consentSignals,
        List<Screenshot> screenshots,
        List<PolicyText> statements,
        List<ScanProblem> problems) {

    /** The version of the evidence format this code writes; readers accept this and older versions. */
    public static final int FORMAT_VERSION = 1;

    public ScanEvidence {
        Objects.requireNonNull(scan, "scan");
        visits = List.copyOf(visits);
        cookies = List.copyOf(cookies);
        storage = List.copyOf(storage);
        requests = List.copyOf(requests);
        fingerprinting = List.copyOf(fingerprinting);
        banners = List.copyOf(banners);
        choices = List.copyOf(choices);
        consentSignals = List.copyOf(consentSignals);
        screenshots = List.copyOf(screenshots);
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }

    /** The cookies observed in a phase. */
    public List<ObservedCookie> cookies(Phase phase) {
        return only(cookies, c -> c.phase() == phase);
    }

    /** The storage entries observed in a phase. */
    public List<StorageEntry> storage(Phase phase) {
        return only(storage, s -> s.phase() == phase);
    }

    /** The requests made in a phase. */
    public List<ObservedRequest> requests(Phase phase) {
        return only(requests, r -> r.phase() == phase);
    }

    /** The fingerprinting attempts in a phase. */
    public List<FingerprintCall> fingerprinting(Phase phase) {
        return only(fingerprinting, f -> f.phase() == phase);
    }

    /** The banner observations in a phase. */
    public List<BannerObservation> banners(Phase phase) {
        return only(banners, b -> b.phase() == phase);
    }

    /** The page visits in a phase. */
    public List<PageVisit> visits(Phase phase) {
        return only(visits, v -> v.phase() == phase);
    }

    /** Whether the phase was run. */
    public boolean ran(Phase phase) {
        return scan.phases().contains(phase);
    }

    private static <T> List<T> only(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).toList();
    }
}
