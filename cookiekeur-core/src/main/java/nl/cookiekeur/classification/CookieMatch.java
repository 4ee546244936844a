package nl.cookiekeur.classification;

import java.util.Objects;

/**
 * A knowledge entry that matched an observation, with how it matched and what evidence supports it.
 *
 * @param entry the matched entry; its {@code source} and {@code id} name where the knowledge came from
 * @param kind exact name or wildcard prefix
 * @param evidence the domain or vendor evidence, {@link Evidence#NONE} when only the name matched
 */
public record CookieMatch(KnowledgeEntry entry, MatchKind kind, Evidence evidence) {
    public CookieMatch {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The id of the source of the matched entry. */
    public String source() {
        return entry.source();
    }

    /** The matched entry's id within its source. */
    public String entryId() {
        return entry.id();
    }

    /** The category of the matched entry. */
    public Category category() {
        return entry.category();
    }
}
