package nl.cookiekeur.consent;

import java.time.Instant;

/**
 * A published banner configuration.
 *
 * @param siteId the site it belongs to
 * @param version the content hash, {@code sha256-<hex>}
 * @param json the configuration as the banner receives it
 * @param publishedAt when this version was first published
 */
public record PublishedConfig(String siteId, String version, String json, Instant publishedAt) {}
