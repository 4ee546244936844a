package nl.cookiekeur.scanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.PageVisit;
import nl.cookiekeur.evidence.RecordKind;
import nl.cookiekeur.evidence.RecordKinds;
import nl.cookiekeur.evidence.ScanEvidence;
import nl.cookiekeur.evidence.ScanInfo;
import nl.cookiekeur.evidence.ScanProblem;

/**
 * Puts the records of the jobs together in phase order, kind by kind ({@link RecordKinds#ALL}): records are
 * appended as they are, except that page visits of a phase run in two profiles are numbered on and the
 * initial-phase cookies seen in two profiles are kept once.
 */
final class EvidenceMerge {
    private EvidenceMerge() {}

    static ScanEvidence merge(ScanInfo info, List<PhaseRecord> unordered, List<ScanProblem> extra) {
        List<PhaseRecord> records = new ArrayList<>(unordered);
        records.sort(Comparator.comparing((PhaseRecord r) -> info.phases().indexOf(r.phase))
                .thenComparing(r -> r.visits.stream().anyMatch(PageVisit::deepEntry)));
        Map<RecordKind<?>, List<?>> merged = new LinkedHashMap<>();
        for (RecordKind<?> kind : RecordKinds.ALL) {
            merged.put(kind, merge(kind, records));
        }
        List<ScanProblem> problems = merge(RecordKinds.PROBLEMS, records);
        problems.addAll(extra);
        merged.put(RecordKinds.PROBLEMS, problems);
        return new ScanEvidence(info, merged);
    }

    private static <T extends Record> List<T> merge(RecordKind<T> kind, List<PhaseRecord> records) {
        List<T> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PhaseRecord record : records) {
            int offset = kind.equals(RecordKinds.VISITS)
                    ? (int) merged.stream()
                            .filter(v -> ((PageVisit) v).phase() == record.phase)
                            .count()
                    : 0;
            for (T item : record.list(kind)) {
                if (item instanceof PageVisit visit && offset > 0) {
                    merged.add(kind.type().cast(renumber(visit, visit.order() + offset)));
                } else if (!(item instanceof ObservedCookie cookie) || seen.add(key(cookie))) {
                    merged.add(item);
                }
            }
        }
        return merged;
    }

    private static String key(ObservedCookie cookie) {
        return cookie.phase() + "\t" + cookie.name() + "\t" + cookie.domain() + "\t" + cookie.path() + "\t"
                + cookie.partitionKey();
    }

    private static PageVisit renumber(PageVisit v, int order) {
        return new PageVisit(
                v.phase(),
                order,
                v.url(),
                v.finalUrl(),
                v.title(),
                v.language(),
                v.status(),
                v.deepEntry(),
                v.startedAt(),
                v.millis(),
                v.error());
    }
}
