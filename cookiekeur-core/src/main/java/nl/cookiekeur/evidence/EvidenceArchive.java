package nl.cookiekeur.evidence;

import java.nio.file.Path;

/** The port that writes evidence to a folder (versioned NDJSON plus screenshots) and reads it back. */
public interface EvidenceArchive {

    /** Writes the evidence into the folder (screenshots are already there); replaces earlier evidence files. */
    void write(ScanEvidence evidence, Path folder) throws EvidenceFormatException;

    /** Reads evidence back without a browser. */
    ScanEvidence read(Path folder) throws EvidenceFormatException;
}
