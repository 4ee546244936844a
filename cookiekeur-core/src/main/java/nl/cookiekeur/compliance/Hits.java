package nl.cookiekeur.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cookiekeur.evidence.Phase;
import nl.cookiekeur.law.AdviceNumber;
import org.jspecify.annotations.Nullable;

/** Builds hits from groups of items, keeping texts and evidence bounded. */
final class Hits {
    /** The most evidence items one hit carries. */
    static final int MAX_EVIDENCE = 50;
    /** The most names a text lists before it says how many more there are. */
    static final int MAX_NAMES = 8;

    private Hits() {}

    /**
     * Hits for tracking items: one {@link Confidence#CERTAIN} hit for the items identified by a knowledge entry
     * and one {@link Confidence#LIKELY} hit for those whose purpose was inferred. Arguments: {0} the count,
     * {1} the names.
     */
    static List<Hit> forItems(CheckId check, Phase phase, List<? extends ClassifiedItem> items, String variant) {
        List<ClassifiedItem> known = new ArrayList<>();
        List<ClassifiedItem> inferred = new ArrayList<>();
        for (ClassifiedItem item : dedup(items)) {
            (item.inferred() ? inferred : known).add(item);
        }
        List<Hit> hits = new ArrayList<>();
        if (!known.isEmpty()) {
            hits.add(itemHit(check, phase, known, Confidence.CERTAIN, variant));
        }
        if (!inferred.isEmpty()) {
            hits.add(itemHit(check, phase, inferred, Confidence.LIKELY, variant));
        }
        return hits;
    }

    /** The text variant of hits for items Cookiekeur cannot identify. */
    static final String UNIDENTIFIED = "unidentified";

    /**
     * One hit of severity {@link Severity#HOOG} and {@link Confidence#NEEDS_REVIEW} for items Cookiekeur cannot
     * identify but that may track ({@link UnidentifiedItems}), none when there are none; variant
     * {@code unidentified}. Arguments: {0} the count, {1} the names.
     */
    static List<Hit> forUnidentified(CheckId check, Phase phase, List<? extends ClassifiedItem> items) {
        return forReview(check, phase, items, Severity.HOOG, UNIDENTIFIED);
    }

    /**
     * One hit of the given severity and {@link Confidence#NEEDS_REVIEW} for the items, none when there are none.
     * Arguments: {0} the count, {1} the names.
     */
    static List<Hit> forReview(
            CheckId check, Phase phase, List<? extends ClassifiedItem> items, Severity severity, String variant) {
        return forItems(check, phase, items, severity, Confidence.NEEDS_REVIEW, variant);
    }

    /**
     * One hit of the given severity and confidence for the items, none when there are none. Arguments: {0} the
     * count, {1} the names.
     */
    static List<Hit> forItems(
            CheckId check,
            Phase phase,
            List<? extends ClassifiedItem> items,
            Severity severity,
            Confidence confidence,
            String variant) {
        List<ClassifiedItem> unique = dedup(items);
        if (unique.isEmpty()) {
            return List.of();
        }
        Hit hit = itemHit(check, phase, unique, confidence, variant);
        return List.of(new Hit(
                severity, hit.confidence(), hit.phase(), hit.variant(), hit.arguments(), hit.evidence(), hit.advice()));
    }

    /** The items without repeats (same name, place and path). */
    static List<ClassifiedItem> dedup(Collection<? extends ClassifiedItem> items) {
        Map<String, ClassifiedItem> unique = new LinkedHashMap<>();
        for (ClassifiedItem item : items) {
            unique.putIfAbsent(item.identity(), item);
        }
        return List.copyOf(unique.values());
    }

    /** A hit with the check's own severity. */
    static Hit hit(
            CheckId check,
            Confidence confidence,
            @Nullable Phase phase,
            List<String> arguments,
            List<EvidenceRef> evidence,
            @Nullable AdviceNumber advice) {
        return new Hit(check.severity(), confidence, phase, "", arguments, bounded(evidence), advice);
    }

    /** The names, distinct, at most {@link #MAX_NAMES}, then {@code (+n)}. */
    static String names(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>(names);
        List<String> shown = distinct.stream().limit(MAX_NAMES).toList();
        String joined = String.join(", ", shown);
        int more = distinct.size() - shown.size();
        return more > 0 ? joined + " (+" + more + ")" : joined;
    }

    static List<EvidenceRef> bounded(List<EvidenceRef> evidence) {
        return evidence.size() <= MAX_EVIDENCE ? evidence : evidence.subList(0, MAX_EVIDENCE);
    }

    private static Hit itemHit(
            CheckId check, Phase phase, List<ClassifiedItem> items, Confidence confidence, String variant) {
        AdviceNumber advice = mostCommonAdvice(items);
        List<String> arguments = List.of(
                Integer.toString(items.size()),
                names(items.stream().map(ClassifiedItem::name).toList()));
        List<EvidenceRef> refs = items.stream().map(ClassifiedItem::ref).toList();
        return new Hit(check.severity(), confidence, phase, variant, arguments, bounded(refs), advice);
    }

    /** The advice most of the items got (the first item's on a tie), {@code null} for no items. */
    static @Nullable AdviceNumber mostCommonAdvice(List<? extends ClassifiedItem> items) {
        Map<AdviceNumber, Integer> counts = new LinkedHashMap<>();
        for (ClassifiedItem item : items) {
            counts.merge(item.advice().advice().number(), 1, Integer::sum);
        }
        AdviceNumber best = null;
        int bestCount = 0;
        for (Map.Entry<AdviceNumber, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }

    /** The hits with their confidence lowered to at most the given level. */
    static List<Hit> atMost(List<Hit> hits, Confidence level) {
        return hits.stream()
                .map(h -> h.confidence().compareTo(level) >= 0 ? h : h.withConfidence(level))
                .toList();
    }
}
