package nl.cookiekeur.scanner.archive;

/**
 * The fixed names in an evidence folder. Each kind of record has its own file, declared with the kind
 * ({@link nl.cookiekeur.evidence.RecordKind#file()}); only the facts about the scan have a name here.
 */
final class EvidenceFiles {

    static final String SCAN = "scan.ndjson";

    /** The key that carries the format version on every line. */
    static final String VERSION_KEY = "v";

    private EvidenceFiles() {}
}
