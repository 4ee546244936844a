package nl.cookiekeur.evidence;

import java.util.List;
import java.util.Objects;

/**
 * One kind of record a scan keeps, declared once: the record type, the NDJSON file it is archived in and
 * the format version its lines carry. The archive, the scanner's merge of phases and {@link ScanEvidence}
 * iterate the declared kinds ({@link RecordKinds#ALL}) instead of naming each one.
 *
 * @param name a short name, also the key in messages
 * @param type the record type
 * @param file the file name in an evidence folder, ending in {@code .ndjson}
 * @param version the format version written on each line; readers accept this and older versions
 * @param <T> the record type
 */
public record RecordKind<T extends Record>(String name, Class<T> type, String file, int version) {

    public RecordKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
        if (!file.endsWith(".ndjson") || file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("evidence file name must be a plain *.ndjson name: " + file);
        }
        if (version < 1) {
            throw new IllegalArgumentException("format version must be at least 1: " + version);
        }
    }

    /** The items as records of this kind, copied; fails on an item of another type. */
    public List<T> cast(List<?> items) {
        return items.stream().map(type::cast).toList();
    }
}
