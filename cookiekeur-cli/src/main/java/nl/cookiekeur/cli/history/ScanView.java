package nl.cookiekeur.cli.history;

import nl.cookiekeur.history.StoredScan;

/** A stored scan as the JSON output shows it (times as ISO-8601 text). */
record ScanView(
        long number,
        String site,
        String startUrl,
        String scannedAt,
        String worst,
        int findings,
        int cookies,
        int trackers,
        String evidenceFolder,
        String reportFolder,
        String rulesVersion) {

    static ScanView of(StoredScan scan) {
        return new ScanView(
                scan.number(),
                scan.site(),
                scan.startUrl(),
                scan.scannedAt().toString(),
                scan.worst(),
                scan.findings(),
                scan.cookies(),
                scan.trackers(),
                scan.evidenceFolder(),
                scan.reportFolder(),
                scan.rulesVersion());
    }
}
