package nl.cookiekeur.app;

import java.nio.file.Path;
import nl.cookiekeur.evidence.EvidenceArchive;
import nl.cookiekeur.evidence.EvidenceFormatException;
import nl.cookiekeur.evidence.ScanEvidence;

/**
 * Stands in for the evidence archive until the scanner's NDJSON archive is wired here: drafting a consent
 * configuration from a scan then reports that no evidence can be read.
 */
final class MissingEvidenceArchive implements EvidenceArchive {

    @Override
    public void write(ScanEvidence evidence, Path folder) throws EvidenceFormatException {
        throw new EvidenceFormatException("Deze build kan geen scanbewijs schrijven.");
    }

    @Override
    public ScanEvidence read(Path folder) throws EvidenceFormatException {
        throw new EvidenceFormatException("Deze build kan geen scanbewijs lezen.");
    }
}
