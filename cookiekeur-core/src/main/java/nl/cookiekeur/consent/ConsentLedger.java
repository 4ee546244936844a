package nl.cookiekeur.consent;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

    /**
     * The choices per day from {@code from} up to and including {@code to}, every day listed (zero when none),
     * with days in {@code zone}.
     */
    List<DailyChoices> choicesPerDay(String siteId, LocalDate from, LocalDate to, ZoneId zone);

    /** Writes every record of a site in sequence order. */
    default void export(String siteId, ExportFormat format, Writer out) {
        export(siteId, format, out, null);
    }

    /**
     * Writes every record of a site in sequence order; the JSON export also carries the chain head, signed with
     * {@code key} when one is given.
     */
    void export(String siteId, ExportFormat format, Writer out, @Nullable AnchorKey key);

    /** The end of a site's chain now, signed with {@code key} when one is given (unsigned otherwise). */
    SignedHead head(String siteId, @Nullable AnchorKey key);

    /**
     * Checks the hash chain of a site and every archived configuration, and names every record that was altered,
     * removed or inserted and every configuration that was altered or is missing.
     */
    default ChainVerification verify(String siteId) {
        return verify(siteId, null);
    }

    /**
     * Like {@link #verify(String)}, and also checks the chain against a head kept outside the database: records up
     * to the anchored one must still be there with the anchored hash, so a cut tail is named even when the
     * chain head in the database was rewritten.
     */
    ChainVerification verify(String siteId, @Nullable SignedHead anchor);

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
