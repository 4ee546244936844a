package nl.cookiekeur.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The end of a site's chain at a moment, signed with the operator's {@link AnchorKey}: kept outside the database
 * (an anchor), it shows later whether records after it were removed and the chain head rewritten.
 *
 * @param siteId the site
 * @param seq the last sequence number (0 before the first record)
 * @param hash the hash of that record
 * @param signedAt when the head was read and signed
 * @param signature {@code hmac-sha256-<hex>} over the other fields, or empty when no key was configured
 */
public record SignedHead(String siteId, long seq, String hash, Instant signedAt, String signature) {

    /** The head signed with a key. */
    public static SignedHead sign(String siteId, long seq, String hash, Instant signedAt, AnchorKey key) {
        return new SignedHead(siteId, seq, hash, signedAt, key.sign(signedText(siteId, seq, hash, signedAt)));
    }

    /** The head without a signature (no key configured). */
    public static SignedHead unsigned(String siteId, long seq, String hash, Instant signedAt) {
        return new SignedHead(siteId, seq, hash, signedAt, "");
    }

    /** Whether it carries a signature at all. */
    public boolean signed() {
        return !signature.isEmpty();
    }

    /** Whether its signature was made with this key over exactly these fields. */
    public boolean signedBy(AnchorKey key) {
        byte[] expected = key.sign(signedText(siteId, seq, hash, signedAt)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    /** The text the signature covers: one field a line, the time in ISO-8601 UTC. */
    public static String signedText(String siteId, long seq, String hash, Instant signedAt) {
        return "cookiekeur-chain-head-v1\n" + siteId + "\n" + seq + "\n" + hash + "\n" + signedAt;
    }
}
