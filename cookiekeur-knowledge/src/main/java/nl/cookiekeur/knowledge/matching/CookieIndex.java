package nl.cookiekeur.knowledge.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.CookieQuery;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.MatchKind;
import nl.cookiekeur.classification.Tracker;

/**
 * Identifies cookie names and storage keys: exact names first, then wildcard prefixes with the longest
 * prefix winning; generic names need evidence; several platforms are told apart by evidence or reported as
 * ambiguous. Built once into hash maps so a lookup costs a few map probes.
 */
public final class CookieIndex {
    private final Map<String, List<IndexedEntry>> exact;
    private final Map<String, List<IndexedEntry>> prefixes;
    private final int[] prefixLengthsLongestFirst;
    private final Function<String, Optional<Tracker>> trackers;

    /** Indexes the entries; {@code trackers} gives the tracker of a setter script host for vendor evidence. */
    public CookieIndex(List<KnowledgeEntry> entries, Function<String, Optional<Tracker>> trackers) {
        Map<String, List<IndexedEntry>> exactNames = new HashMap<>();
        Map<String, List<IndexedEntry>> prefixNames = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (KnowledgeEntry entry : entries) {
            Map<String, List<IndexedEntry>> target = entry.wildcard() ? prefixNames : exactNames;
            target.computeIfAbsent(entry.name(), name -> new ArrayList<>()).add(IndexedEntry.of(entry));
            if (entry.wildcard()) {
                lengths.add(entry.name().length());
            }
        }
        this.exact = freeze(exactNames);
        this.prefixes = freeze(prefixNames);
        this.prefixLengthsLongestFirst =
                lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        this.trackers = trackers;
    }

    /** Identifies the name in the query, using its hosts as evidence. */
    public CookieLookup find(CookieQuery query) {
        String name = query.name().strip();
        Observation observation = new Observation(query, trackers);
        List<KnowledgeEntry> withheld = new ArrayList<>();
        List<IndexedEntry> exactCandidates = exact.get(name);
        if (exactCandidates != null) {
            Optional<CookieLookup> decided =
                    Resolution.resolve(exactCandidates, MatchKind.EXACT, observation, withheld);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        for (int length : prefixLengthsLongestFirst) {
            if (length > name.length()) {
                continue;
            }
            List<IndexedEntry> candidates = prefixes.get(name.substring(0, length));
            if (candidates != null) {
                Optional<CookieLookup> decided =
                        Resolution.resolve(candidates, MatchKind.WILDCARD_PREFIX, observation, withheld);
                if (decided.isPresent()) {
                    return decided.get();
                }
            }
        }
        return new CookieLookup.Unidentified(withheld);
    }

    /** All matches of a name regardless of evidence rules, exact ones first; for explaining a lookup. */
    public List<CookieMatch> candidates(String name) {
        List<CookieMatch> all = new ArrayList<>();
        exact.getOrDefault(name, List.of()).forEach(e -> all.add(Resolution.plain(e, MatchKind.EXACT)));
        for (int length : prefixLengthsLongestFirst) {
            if (length <= name.length()) {
                prefixes.getOrDefault(name.substring(0, length), List.of())
                        .forEach(e -> all.add(Resolution.plain(e, MatchKind.WILDCARD_PREFIX)));
            }
        }
        return List.copyOf(all);
    }

    private static Map<String, List<IndexedEntry>> freeze(Map<String, List<IndexedEntry>> map) {
        Map<String, List<IndexedEntry>> frozen = HashMap.newHashMap(map.size());
        map.forEach((name, list) -> frozen.put(name, List.copyOf(list)));
        return Map.copyOf(frozen);
    }
}
