package nl.cookiekeur.scanner.archive;

/** The names of the NDJSON files in an evidence folder, one per record type. */
final class EvidenceFiles {

    static final String SCAN = "scan.ndjson";
    static final String VISITS = "visits.ndjson";
    static final String COOKIES = "cookies.ndjson";
    static final String STORAGE = "storage.ndjson";
    static final String REQUESTS = "requests.ndjson";
    static final String FINGERPRINTING = "fingerprinting.ndjson";
    static final String BANNERS = "banners.ndjson";
    static final String CHOICES = "choices.ndjson";
    static final String CONSENT_SIGNALS = "consent-signals.ndjson";
    static final String SCREENSHOTS = "screenshots.ndjson";
    static final String STATEMENTS = "statements.ndjson";
    static final String PROBLEMS = "problems.ndjson";

    /** The key that carries the format version on every line. */
    static final String VERSION_KEY = "v";

    private EvidenceFiles() {}
}
