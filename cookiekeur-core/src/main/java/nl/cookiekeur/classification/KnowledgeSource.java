package nl.cookiekeur.classification;

import java.util.Objects;

/**
 * A source of knowledge with its licence and attribution, as shown to users and in the NOTICE file.
 *
 * @param id stable id used in entries and matches, such as {@code open-cookie-database}
 * @param name human name
 * @param licence licence name (SPDX id where there is one)
 * @param attribution the attribution line the licence asks for
 * @param url where the data comes from
 * @param version the commit or date of the copy
 * @param entries number of cookie and storage entries loaded from it
 * @param trackerDomains number of tracker domains loaded from it
 */
public record KnowledgeSource(
        String id,
        String name,
        String licence,
        String attribution,
        String url,
        String version,
        int entries,
        int trackerDomains) {

    public KnowledgeSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(version, "version");
        if (entries < 0 || trackerDomains < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
