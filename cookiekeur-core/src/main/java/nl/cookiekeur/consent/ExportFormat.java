package nl.cookiekeur.consent;

/** The formats a ledger export is written in. */
public enum ExportFormat {
    /** One JSON document with the site, its checkpoint and every record. */
    JSON,
    /** RFC 4180 CSV with a header row, one record per line. */
    CSV
}
