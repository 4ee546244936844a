package nl.cookiekeur.classification;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One known cookie or storage key from a knowledge source.
 *
 * @param id the source's stable id of this entry (a UUID for the Open Cookie Database)
 * @param source the id of the {@link KnowledgeSource} it came from
 * @param name the exact name, or the prefix when {@code wildcard} is true
 * @param wildcard whether {@code name} is a prefix
 * @param domains the registrable domains that set it; empty when it is set on the visited site (first party)
 * @param platform the product or vendor that sets it, such as "Google Analytics"; may be empty for generic
 *     framework cookies
 * @param category its purpose category
 * @param retention how long it is kept
 * @param controller the company responsible (data controller), may be empty
 * @param privacyUrl the controller's privacy page, {@code null} when unknown
 * @param description an English description from the source, may be empty
 * @param replaces the id of the upstream entry this curated entry overrides, {@code null} if none
 * @param sourceLabel the category in the source's own words (such as the Open Cookie Database's "Functional"),
 *     kept as evidence and never used as the verdict; {@code null} for our own curated entries
 */
public record KnowledgeEntry(
        String id,
        String source,
        String name,
        boolean wildcard,
        List<String> domains,
        String platform,
        Category category,
        Retention retention,
        String controller,
        @Nullable String privacyUrl,
        String description,
        @Nullable String replaces,
        @Nullable String sourceLabel) {

    public KnowledgeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(description, "description");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        domains = List.copyOf(domains);
        if (domains.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("domains must not be blank");
        }
    }

    /** An entry without a label of its source (our own curated entries). */
    public KnowledgeEntry(
            String id,
            String source,
            String name,
            boolean wildcard,
            List<String> domains,
            String platform,
            Category category,
            Retention retention,
            String controller,
            @Nullable String privacyUrl,
            String description,
            @Nullable String replaces) {
        this(
                id,
                source,
                name,
                wildcard,
                domains,
                platform,
                category,
                retention,
                controller,
                privacyUrl,
                description,
                replaces,
                null);
    }

    /** Whether the entry is set by the visited site itself rather than a known third-party domain. */
    public boolean firstParty() {
        return domains.isEmpty();
    }

    /** A copy that overrides the given upstream entry. */
    public KnowledgeEntry withReplaces(String upstreamId) {
        return new KnowledgeEntry(
                id,
                source,
                name,
                wildcard,
                domains,
                platform,
                category,
                retention,
                controller,
                privacyUrl,
                description,
                upstreamId,
                sourceLabel);
    }
}
