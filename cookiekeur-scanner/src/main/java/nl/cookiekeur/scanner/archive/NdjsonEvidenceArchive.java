package nl.cookiekeur.scanner.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.RecordKind;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;

/**
 * The evidence archive as versioned NDJSON: one file per kind of record ({@link RecordKinds}: {@code
 * cookies.ndjson}, …) plus {@code scan.ndjson}, one JSON object per line, each carrying its kind's format
 * version in {@code "v"}. Files are written atomically (temporary file, then move); {@code scan.ndjson} is
 * written last. See {@code docs/evidence-schema.md}.
 */
public final class NdjsonEvidenceArchive implements EvidenceArchive {

    private final List<RecordKind<?>> kinds;
    private final NdjsonFileWriter writer;
    private final NdjsonFileReader reader;

    /** An archive of every registered kind. */
    public NdjsonEvidenceArchive() {
        this(RecordKinds.ALL);
    }

    /** An archive of the given kinds (the registered ones, or those plus a test's own). */
    public NdjsonEvidenceArchive(List<RecordKind<?>> kinds) {
        this.kinds = List.copyOf(kinds);
        ObjectMapper mapper = EvidenceJson.mapper();
        this.writer = new NdjsonFileWriter(mapper);
        this.reader = new NdjsonFileReader(mapper);
    }

    @Override
    public void write(ScanEvidence evidence, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new EvidenceFormatException("Kan bewijsmap " + folder + " niet maken: " + e.getMessage(), e);
        }
        for (RecordKind<?> kind : kinds) {
            writer.write(folder, kind.file(), evidence.records(kind), kind.version());
        }
        writer.write(folder, EvidenceFiles.SCAN, List.of(evidence.scan()), ScanEvidence.FORMAT_VERSION);
    }

    @Override
    public ScanEvidence read(Path folder) {
        List<ScanInfo> scans =
                reader.read(folder, EvidenceFiles.SCAN, ScanInfo.class, true, ScanEvidence.FORMAT_VERSION);
        if (scans.size() != 1) {
            throw new EvidenceFormatException(
                    EvidenceFiles.SCAN + ": verwacht precies één regel, gevonden " + scans.size() + ".");
        }
        Map<RecordKind<?>, List<?>> records = new LinkedHashMap<>();
        for (RecordKind<?> kind : kinds) {
            records.put(kind, reader.read(folder, kind.file(), kind.type(), false, kind.version()));
        }
        return new ScanEvidence(scans.getFirst(), records);
    }
}
