package nl.cookiekeur.consent;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only, hash-chained record of consent choices per site, with the archive of configurations. */
public interface ConsentLedger extends AutoCloseable {

    /** The sites that have a published configuration or records, sorted. */
    List<String> sites();

    /** The configuration the banner of a site shows now. */
    Optional<PublishedConfig> currentConfig(String siteId);

    /**
     * Validates and publishes a site configuration (JSON); it is archived by its content hash and becomes
     * the current version. Publishing the same content again keeps its version.
     *
     * @throws ConsentException with {@link ConsentException.Reason#INVALID_CONFIG} when the JSON is not a valid
     *     configuration
     */
    PublishedConfig publishConfig(String siteId, String json);

    /** Writes every record of a site in sequence order. */
    void export(String siteId, ExportFormat format, Writer out);

    /** Checks the hash chain of a site and names every record that was altered, removed or inserted. */
    ChainVerification verify(String siteId);

    /**
     * Deletes the records older than the site's retention period, keeping a hashed checkpoint of the purged
     * prefix so the rest of the chain still verifies.
     *
     * @param retentionDays the retention period to apply and keep as the site's policy; {@code 0} keeps the
     *     site's current policy
     */
    PurgeResult purge(String siteId, int retentionDays, Instant now);

    @Override
    void close();
}
