package nl.cookiekeur.evidence;

import java.util.List;

/**
 * The registry of evidence kinds: one line per kind of record a scan keeps. A new kind is a new record type
 * and one line here (plus its tests); the archive, the merge of phases and {@link ScanEvidence} pick it up.
 * The facts about the scan itself ({@link ScanInfo}, {@code scan.ndjson}) are not a kind: there is exactly
 * one of them.
 */
public final class RecordKinds {
    public static final RecordKind<PageVisit> VISITS =
            new RecordKind<>("visits", PageVisit.class, "visits.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ObservedCookie> COOKIES =
            new RecordKind<>("cookies", ObservedCookie.class, "cookies.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<StorageEntry> STORAGE =
            new RecordKind<>("storage", StorageEntry.class, "storage.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ObservedRequest> REQUESTS =
            new RecordKind<>("requests", ObservedRequest.class, "requests.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<FingerprintCall> FINGERPRINTING = new RecordKind<>(
            "fingerprinting", FingerprintCall.class, "fingerprinting.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<BannerObservation> BANNERS =
            new RecordKind<>("banners", BannerObservation.class, "banners.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ConsentChoice> CHOICES =
            new RecordKind<>("choices", ConsentChoice.class, "choices.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ConsentSignal> CONSENT_SIGNALS = new RecordKind<>(
            "consent-signals", ConsentSignal.class, "consent-signals.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<Screenshot> SCREENSHOTS =
            new RecordKind<>("screenshots", Screenshot.class, "screenshots.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<PolicyText> STATEMENTS =
            new RecordKind<>("statements", PolicyText.class, "statements.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ScriptBehaviour> BEHAVIOURS =
            new RecordKind<>("behaviours", ScriptBehaviour.class, "behaviours.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<BannerEvent> BANNER_EVENTS =
            new RecordKind<>("banner-events", BannerEvent.class, "banner-events.ndjson", ScanEvidence.FORMAT_VERSION);
    public static final RecordKind<ScanProblem> PROBLEMS =
            new RecordKind<>("problems", ScanProblem.class, "problems.ndjson", ScanEvidence.FORMAT_VERSION);

    /** Every kind, in the order the archive writes them. */
    public static final List<RecordKind<?>> ALL = List.of(
            VISITS,
            COOKIES,
            STORAGE,
            REQUESTS,
            FINGERPRINTING,
            BANNERS,
            CHOICES,
            CONSENT_SIGNALS,
            SCREENSHOTS,
            STATEMENTS,
            BEHAVIOURS,
            PROBLEMS,
            BANNER_EVENTS);

    private RecordKinds() {}
}
