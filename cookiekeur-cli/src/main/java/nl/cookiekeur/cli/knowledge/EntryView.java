package nl.cookiekeur.cli.knowledge;

import java.util.List;
import nl.cookiekeur.classification.CookieMatch;
import nl.cookiekeur.classification.KnowledgeEntry;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge entry as shown in JSON: where it comes from, what it is and, for a match, how it matched.
 *
 * @param source the knowledge source id
 * @param entryId the entry's id within its source
 * @param name the name or prefix
 * @param wildcard whether {@code name} is a prefix
 * @param platform the product or vendor
 * @param category the category id
 * @param domains registrable domains; empty for first party
 * @param retention session, fixed, persistent or unknown
 * @param retentionSeconds the fixed retention in seconds, otherwise null
 * @param controller the responsible company
 * @param privacyUrl the controller's privacy page
 * @param description the source's description
 * @param replaces the upstream entry id a curated entry overrides
 * @param matchKind exact or wildcard-prefix, null when not a match
 * @param evidence the evidence kind, null when not a match
 */
record EntryView(
        String source,
        String entryId,
        String name,
        boolean wildcard,
        String platform,
        String category,
        List<String> domains,
        String retention,
        @Nullable Long retentionSeconds,
        String controller,
        @Nullable String privacyUrl,
        String description,
        @Nullable String replaces,
        @Nullable String matchKind,
        @Nullable String evidence) {

    static EntryView of(KnowledgeEntry entry) {
        return of(entry, null, null);
    }

    static EntryView of(CookieMatch match) {
        return of(match.entry(), Ids.of(match.kind()), Ids.of(match.evidence()));
    }

    private static EntryView of(KnowledgeEntry entry, @Nullable String matchKind, @Nullable String evidence) {
        return new EntryView(
                entry.source(),
                entry.id(),
                entry.name(),
                entry.wildcard(),
                entry.platform(),
                entry.category().id(),
                entry.domains(),
                RetentionText.kind(entry.retention()),
                RetentionText.seconds(entry.retention()),
                entry.controller(),
                entry.privacyUrl(),
                entry.description(),
                entry.replaces(),
                matchKind,
                evidence);
    }
}
