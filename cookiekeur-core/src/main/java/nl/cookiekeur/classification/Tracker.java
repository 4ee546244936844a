package nl.cookiekeur.classification;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A known tracker domain: which tracker and company a request host belongs to.
 *
 * @param domain the known domain that matched (the request host or one of its parents)
 * @param id the source's tracker id, such as {@code google_analytics}
 * @param name the tracker name, such as "Google Analytics"
 * @param kind the tracker's kind
 * @param company the company, {@code null} when the source names none
 * @param country the company's ISO country code, {@code null} when unknown
 * @param source the id of the {@link KnowledgeSource} it came from
 */
public record Tracker(
        String domain,
        String id,
        String name,
        TrackerKind kind,
        @Nullable String company,
        @Nullable String country,
        String source) {

    public Tracker {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }

    /** The category implied by the tracker's kind. */
    public Category category() {
        return kind.category();
    }

    /**
     * Whether this host serves code on behalf of others (a CDN or hosting provider): a script loaded from it
     * says nothing about who set a cookie or what for.
     */
    public boolean hostsOthersCode() {
        return kind == TrackerKind.CDN || kind == TrackerKind.HOSTING;
    }
}
