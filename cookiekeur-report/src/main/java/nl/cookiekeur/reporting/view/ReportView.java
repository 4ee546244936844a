package nl.cookiekeur.reporting.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.cookiekeur.compliance.Assessment;
import nl.cookiekeur.compliance.ItemAdvice;
import nl.cookiekeur.evidence.BannerObservation;
import nl.cookiekeur.evidence.FingerprintCall;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.StorageEntry;
import nl.cookiekeur.site.RegistrableDomain;

/**
 * An assessment arranged for reading: the verdict, one view per phase with advice joined to each row, and
 * the items sorted by kind, name and place. Every list is in a fixed order, so reports are deterministic.
 *
 * @param assessment the assessment shown
 * @param verdict its verdict
 * @param phases one view per phase, in phase order (phases that did not run are present and empty)
 * @param items the advice per item, sorted
 */
public record ReportView(Assessment assessment, Verdict verdict, List<PhaseView> phases, List<ItemAdvice> items) {
    private static final Comparator<ObservedCookie> COOKIE_ORDER = Comparator.comparing(ObservedCookie::name)
            .thenComparing(ObservedCookie::domain)
            .thenComparing(ObservedCookie::path)
            .thenComparing(ObservedCookie::pageUrl)
            .thenComparing(ObservedCookie::firstSeen);
    private static final Comparator<StorageEntry> STORAGE_ORDER = Comparator.comparing(StorageEntry::origin)
            .thenComparing(StorageEntry::key)
            .thenComparing(StorageEntry::kind)
            .thenComparing(StorageEntry::pageUrl);
    private static final Comparator<FingerprintCall> FINGERPRINT_ORDER = Comparator.comparing(
                    FingerprintCall::technique)
            .thenComparing(f -> f.script() == null ? "" : f.script())
            .thenComparing(FingerprintCall::pageUrl);
    private static final Comparator<ItemAdvice> ITEM_ORDER = Comparator.comparing(ItemAdvice::kind)
            .thenComparing(ItemAdvice::name)
            .thenComparing(ItemAdvice::where);

    public ReportView {
        phases = List.copyOf(phases);
        items = List.copyOf(items);
    }

    /** Arranges an assessment. */
    public static ReportView of(Assessment assessment) {
        ScanEvidence evidence = assessment.evidence();
        AdviceIndex index = new AdviceIndex(assessment.items());
        String site = RegistrableDomain.ofUrl(evidence.scan().startUrl());
        List<PhaseView> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(phase(evidence, phase, index, site));
        }
        List<ItemAdvice> items = assessment.items().stream().sorted(ITEM_ORDER).toList();
        return new ReportView(assessment, Verdict.of(assessment), phases, items);
    }

    /** The view of one phase. */
    public PhaseView phase(Phase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    /** The evidence behind the assessment. */
    public ScanEvidence evidence() {
        return assessment.evidence();
    }

    private static PhaseView phase(ScanEvidence evidence, Phase phase, AdviceIndex index, String site) {
        List<CookieRow> cookies = evidence.cookies(phase).stream()
                .sorted(COOKIE_ORDER)
                .map(c -> {
                    ItemAdvice advice = index.cookie(c.name(), c.domain()).orElse(null);
                    boolean thirdParty = advice == null
                            ? !site.isEmpty() && RegistrableDomain.thirdParty(c.domain(), site)
                            : advice.thirdParty();
                    return new CookieRow(c, advice, thirdParty);
                })
                .toList();
        List<StorageRow> storage = evidence.storage(phase).stream()
                .sorted(STORAGE_ORDER)
                .map(s -> new StorageRow(s, index.storage(s.key(), s.origin()).orElse(null)))
                .toList();
        Map<String, int[]> perHost = new TreeMap<>();
        for (ObservedRequest request : evidence.requests(phase)) {
            String host = request.host();
            if (request.thirdParty() && !host.isEmpty()) {
                int[] counts = perHost.computeIfAbsent(host, h -> new int[2]);
                counts[0]++;
                if (request.trackingPixel()) {
                    counts[1]++;
                }
            }
        }
        List<HostRow> hosts = perHost.entrySet().stream()
                .map(e -> new HostRow(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        index.tracker(e.getKey()).orElse(null)))
                .toList();
        List<FingerprintCall> fingerprinting = evidence.fingerprinting(phase).stream()
                .sorted(FINGERPRINT_ORDER)
                .toList();
        List<BannerObservation> banners = evidence.banners(phase);
        return new PhaseView(
                phase,
                evidence.ran(phase),
                evidence.visits(phase).stream()
                        .sorted(Comparator.comparingInt(nl.cookiekeur.evidence.PageVisit::order))
                        .toList(),
                cookies,
                storage,
                hosts,
                fingerprinting,
                banners,
                evidence.choices().stream().filter(c -> c.phase() == phase).findFirst());
    }
}
