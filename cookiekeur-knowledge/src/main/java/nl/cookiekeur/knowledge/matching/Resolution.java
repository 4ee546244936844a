package nl.cookiekeur.knowledge.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.CookieLookup;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.Evidence;
import nl.cookiekeur.classification.KnowledgeEntry;
import nl.cookiekeur.classification.MatchKind;

/** Decides among the entries sharing one name or prefix, using the observation's evidence. */
final class Resolution {
    private Resolution() {}

    /**
     * Entries with evidence win (strongest evidence first); otherwise entries that need no evidence; one
     * platform gives an identification, several an ambiguity. Empty when nothing qualifies, after adding the
     * entries that lacked required evidence to {@code withheld}.
     */
    static Optional<CookieLookup> resolve(
            List<IndexedEntry> candidates, MatchKind kind, Observation observation, List<KnowledgeEntry> withheld) {
        List<CookieMatch> best = new ArrayList<>(1);
        int bestRank = 0;
        List<CookieMatch> plain = new ArrayList<>(1);
        List<KnowledgeEntry> lacking = new ArrayList<>(0);
        for (IndexedEntry candidate : candidates) {
            Evidence evidence = observation.evidenceFor(candidate);
            int rank = rank(evidence);
            if (rank > 0 && rank >= bestRank) {
                if (rank > bestRank) {
                    best.clear();
                    bestRank = rank;
                }
                best.add(new CookieMatch(candidate.entry(), kind, evidence));
            } else if (rank == 0 && candidate.needsEvidence()) {
                lacking.add(candidate.entry());
            } else if (rank == 0) {
                plain.add(new CookieMatch(candidate.entry(), kind, Evidence.NONE));
            }
        }
        if (!best.isEmpty()) {
            return Optional.of(decide(best));
        }
        if (!plain.isEmpty()) {
            return Optional.of(decide(plain));
        }
        withheld.addAll(lacking);
        return Optional.empty();
    }

    /** A match without evidence, for listing candidates. */
    static CookieMatch plain(IndexedEntry entry, MatchKind kind) {
        return new CookieMatch(entry.entry(), kind, Evidence.NONE);
    }

    private static CookieLookup decide(List<CookieMatch> matches) {
        if (matches.size() == 1) {
            return new CookieLookup.Identified(matches.getFirst());
        }
        String platform = IndexedEntry.vendorKey(matches.getFirst().entry().platform());
        for (int i = 1; i < matches.size(); i++) {
            if (!IndexedEntry.vendorKey(matches.get(i).entry().platform()).equals(platform)) {
                return new CookieLookup.Ambiguous(matches);
            }
        }
        return new CookieLookup.Identified(matches.getFirst());
    }

    private static int rank(Evidence evidence) {
        return switch (evidence) {
            case NONE -> 0;
            case SITE -> 1;
            case NAME -> 2;
            case VENDOR -> 2;
            case SETTER_SCRIPT -> 3;
            case COOKIE_DOMAIN -> 4;
        };
    }
}
