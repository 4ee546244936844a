package nl.cookiekeur.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.Finding;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.compliance.ItemKind;
import nl.cookiekeur.compliance.Severity;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.Urls;

/**
 * A stored scan with the items it found, enough to compare two scans of a site.
 *
 * @param scan the scan's summary ({@code number} 0 before it is stored)
 * @param items its cookies, storage keys, trackers and findings, sorted by kind and key, without duplicates
 */
public record ScanSnapshot(StoredScan scan, List<HistoryItem> items) {

    public ScanSnapshot {
        Objects.requireNonNull(scan, "scan");
        Map<String, HistoryItem> unique = new LinkedHashMap<>();
        items.stream()
                .sorted(Comparator.comparing(HistoryItem::kind).thenComparing(HistoryItem::key))
                .forEach(item -> unique.putIfAbsent(item.kind() + "\u0000" + item.key(), item));
        items = List.copyOf(unique.values());
    }

    /** The snapshot of a judged scan, not yet stored, with the folders it was written to. */
    public static ScanSnapshot of(Assessment assessment, String evidenceFolder, String reportFolder) {
        ScanInfo scanInfo = assessment.evidence().scan();
        List<HistoryItem> items = new ArrayList<>();
        for (ItemAdvice item : assessment.items()) {
            String label = item.category().name().toLowerCase(Locale.ROOT)
                    + (item.vendor() == null ? "" : " · " + item.vendor());
            if (item.kind() == ItemKind.COOKIE) {
                items.add(new HistoryItem("cookie", item.name() + "@" + item.where(), label));
            } else if (item.kind() == ItemKind.STORAGE) {
                items.add(new HistoryItem("storage", item.name() + "@" + item.where(), label));
            } else if (item.kind() == ItemKind.TRACKER) {
                items.add(new HistoryItem("tracker", item.name(), label));
            }
        }
        for (Finding finding : assessment.findings()) {
            String phase = finding.phase() == null ? "site" : finding.phase().code();
            items.add(new HistoryItem(
                    "finding",
                    finding.checkId() + "/" + phase,
                    finding.severity().code() + " · " + finding.title().dutch()));
        }
        long cookies = items.stream().filter(i -> i.kind().equals("cookie")).count();
        long trackers = items.stream().filter(i -> i.kind().equals("tracker")).count();
        StoredScan summary = new StoredScan(
                0,
                Urls.host(scanInfo.startUrl()),
                scanInfo.startUrl(),
                scanInfo.startedAt(),
                assessment.worst().map(Severity::code).orElse("geen"),
                assessment.findings().size(),
                (int) cookies,
                (int) trackers,
                evidenceFolder,
                reportFolder,
                assessment.rulesVersion());
        return new ScanSnapshot(summary, items);
    }
}
