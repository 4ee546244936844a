package nl.cookiekeur.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Everything one scan recorded. The scanner records; it does not judge.
 *
 * <p>The records are kept per {@link RecordKind}: every kind of {@link RecordKinds#ALL} is present (empty when
 * nothing was recorded), in the order given; a kind not in the registry (a test's own) is kept as given.
 *
 * @param scan the facts about the scan
 * @param records the records per kind
 */
public record ScanEvidence(ScanInfo scan, Map<RecordKind<?>, List<?>> records) {

    /** The version of the evidence format this code writes; readers accept this and older versions. */
    public static final int FORMAT_VERSION = 1;

    public ScanEvidence {
        Objects.requireNonNull(scan, "scan");
        Map<RecordKind<?>, List<?>> copy = new LinkedHashMap<>();
        for (RecordKind<?> kind : RecordKinds.ALL) {
            copy.put(kind, kind.cast(records.getOrDefault(kind, List.of())));
        }
        records.forEach((kind, items) -> copy.putIfAbsent(kind, kind.cast(items)));
        records = Collections.unmodifiableMap(copy);
    }

    /**
     * Evidence from the registered kinds, named one by one.
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
    public ScanEvidence(
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
        this(
                scan,
                Map.ofEntries(
                        Map.entry(RecordKinds.VISITS, visits),
                        Map.entry(RecordKinds.COOKIES, cookies),
                        Map.entry(RecordKinds.STORAGE, storage),
                        Map.entry(RecordKinds.REQUESTS, requests),
                        Map.entry(RecordKinds.FINGERPRINTING, fingerprinting),
                        Map.entry(RecordKinds.BANNERS, banners),
                        Map.entry(RecordKinds.CHOICES, choices),
                        Map.entry(RecordKinds.CONSENT_SIGNALS, consentSignals),
                        Map.entry(RecordKinds.SCREENSHOTS, screenshots),
                        Map.entry(RecordKinds.STATEMENTS, statements),
                        Map.entry(RecordKinds.PROBLEMS, problems)));
    }

    /** The records of one kind, empty when the scan recorded none. */
    public <T extends Record> List<T> records(RecordKind<T> kind) {
        @SuppressWarnings("unchecked") // the constructor checked every item against its kind's type
        List<T> items = (List<T>) records.get(kind);
        return items == null ? List.of() : items;
    }

    /** The page visits, per phase in order. */
    public List<PageVisit> visits() {
        return records(RecordKinds.VISITS);
    }

    /** The cookies per phase. */
    public List<ObservedCookie> cookies() {
        return records(RecordKinds.COOKIES);
    }

    /** The storage entries per phase. */
    public List<StorageEntry> storage() {
        return records(RecordKinds.STORAGE);
    }

    /** The requests per phase. */
    public List<ObservedRequest> requests() {
        return records(RecordKinds.REQUESTS);
    }

    /** The fingerprinting attempts per phase. */
    public List<FingerprintCall> fingerprinting() {
        return records(RecordKinds.FINGERPRINTING);
    }

    /** What was seen of the banner, per phase and page. */
    public List<BannerObservation> banners() {
        return records(RecordKinds.BANNERS);
    }

    /** How each phase's choice was made. */
    public List<ConsentChoice> choices() {
        return records(RecordKinds.CHOICES);
    }

    /** The consent signals read. */
    public List<ConsentSignal> consentSignals() {
        return records(RecordKinds.CONSENT_SIGNALS);
    }

    /** The screenshots taken. */
    public List<Screenshot> screenshots() {
        return records(RecordKinds.SCREENSHOTS);
    }

    /** The cookie and privacy statements the site links to. */
    public List<PolicyText> statements() {
        return records(RecordKinds.STATEMENTS);
    }

    /** What scripts were seen doing that marks them as trackers by behaviour. */
    public List<ScriptBehaviour> behaviours() {
        return records(RecordKinds.BEHAVIOURS);
    }

    /** What went wrong without ending the scan. */
    public List<ScanProblem> problems() {
        return records(RecordKinds.PROBLEMS);
    }

    /** The banner watcher's record: banner candidates appearing and disappearing over time. */
    public List<BannerEvent> bannerEvents() {
        return records(RecordKinds.BANNER_EVENTS);
    }

    /** The banner watcher's events in a phase. */
    public List<BannerEvent> bannerEvents(Phase phase) {
        return only(bannerEvents(), e -> e.phase() == phase);
    }

    /** The cookies observed in a phase. */
    public List<ObservedCookie> cookies(Phase phase) {
        return only(cookies(), c -> c.phase() == phase);
    }

    /** The storage entries observed in a phase. */
    public List<StorageEntry> storage(Phase phase) {
        return only(storage(), s -> s.phase() == phase);
    }

    /** The requests made in a phase. */
    public List<ObservedRequest> requests(Phase phase) {
        return only(requests(), r -> r.phase() == phase);
    }

    /** The fingerprinting attempts in a phase. */
    public List<FingerprintCall> fingerprinting(Phase phase) {
        return only(fingerprinting(), f -> f.phase() == phase);
    }

    /** The banner observations in a phase. */
    public List<BannerObservation> banners(Phase phase) {
        return only(banners(), b -> b.phase() == phase);
    }

    /** The page visits in a phase. */
    public List<PageVisit> visits(Phase phase) {
        return only(visits(), v -> v.phase() == phase);
    }

    /** Whether the phase was run. */
    public boolean ran(Phase phase) {
        return scan.phases().contains(phase);
    }

    private static <T> List<T> only(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).toList();
    }
}
