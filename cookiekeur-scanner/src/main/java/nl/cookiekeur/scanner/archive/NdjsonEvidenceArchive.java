package nl.cookiekeur.scanner.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.ConsentChoice;
import nl.cookiekeur.evidence.ConsentSignal;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.PolicyText;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;
import nl.cookiekeur.evidence.Screenshot;
import nl.cookiekeur.evidence.StorageEntry;

/**
 * The evidence archive as versioned NDJSON: one file per record type ({@code scan.ndjson},
 * {@code cookies.ndjson}, …), one JSON object per line, each carrying the format version in {@code "v"}.
 * Files are written atomically (temporary file, then move); {@code scan.ndjson} is written last. See
 * {@code docs/evidence-schema.md}.
 */
public final class NdjsonEvidenceArchive implements EvidenceArchive {

    private final NdjsonFileWriter writer;
    private final NdjsonFileReader reader;

    /** An archive with the evidence mapper. */
    public NdjsonEvidenceArchive() {
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
        writer.write(folder, EvidenceFiles.VISITS, evidence.visits());
        writer.write(folder, EvidenceFiles.COOKIES, evidence.cookies());
        writer.write(folder, EvidenceFiles.STORAGE, evidence.storage());
        writer.write(folder, EvidenceFiles.REQUESTS, evidence.requests());
        writer.write(folder, EvidenceFiles.FINGERPRINTING, evidence.fingerprinting());
        writer.write(folder, EvidenceFiles.BANNERS, evidence.banners());
        writer.write(folder, EvidenceFiles.CHOICES, evidence.choices());
        writer.write(folder, EvidenceFiles.CONSENT_SIGNALS, evidence.consentSignals());
        writer.write(folder, EvidenceFiles.SCREENSHOTS, evidence.screenshots());
        writer.write(folder, EvidenceFiles.STATEMENTS, evidence.statements());
        writer.write(folder, EvidenceFiles.PROBLEMS, evidence.problems());
        writer.write(folder, EvidenceFiles.SCAN, List.of(evidence.scan()));
    }

    @Override
    public ScanEvidence read(Path folder) {
        List<ScanInfo> scans = reader.read(folder, EvidenceFiles.SCAN, ScanInfo.class, true);
        if (scans.size() != 1) {
            throw new EvidenceFormatException(
                    EvidenceFiles.SCAN + ": verwacht precies één regel, gevonden " + scans.size() + ".");
        }
        return new ScanEvidence(
                scans.getFirst(),
                reader.read(folder, EvidenceFiles.VISITS, PageVisit.class, false),
                reader.read(folder, EvidenceFiles.COOKIES, ObservedCookie.class, false),
                reader.read(folder, EvidenceFiles.STORAGE, StorageEntry.class, false),
                reader.read(folder, EvidenceFiles.REQUESTS, ObservedRequest.class, false),
                reader.read(folder, EvidenceFiles.FINGERPRINTING, FingerprintCall.class, false),
                reader.read(folder, EvidenceFiles.BANNERS, BannerObservation.class, false),
                reader.read(folder, EvidenceFiles.CHOICES, ConsentChoice.class, false),
                reader.read(folder, EvidenceFiles.CONSENT_SIGNALS, ConsentSignal.class, false),
                reader.read(folder, EvidenceFiles.SCREENSHOTS, Screenshot.class, false),
                reader.read(folder, EvidenceFiles.STATEMENTS, PolicyText.class, false),
                reader.read(folder, EvidenceFiles.PROBLEMS, ScanProblem.class, false));
    }
}
