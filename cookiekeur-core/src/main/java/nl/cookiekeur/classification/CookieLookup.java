package nl.cookiekeur.classification;

import java.util.List;
import java.util.Objects;

/** The outcome of looking up a cookie or storage key in a knowledge base. */
public sealed interface CookieLookup {

    /** Exactly one entry fits. */
    record Identified(CookieMatch match) implements CookieLookup {
        public Identified {
            Objects.requireNonNull(match, "match");
        }
    }

    /** Several entries of different platforms fit and no evidence decides between them. */
    record Ambiguous(List<CookieMatch> candidates) implements CookieLookup {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous lookup needs at least two candidates");
            }
        }
    }

    /**
     * No entry fits; {@code withheld} lists entries whose name fits but that need domain or vendor evidence
     * (short or generic names) which the observation did not give.
     */
    record Unidentified(List<KnowledgeEntry> withheld) implements CookieLookup {
        public Unidentified {
            withheld = List.copyOf(withheld);
        }
    }
}
