package nl.cookiekeur.consent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The operator's secret that signs chain heads (HMAC-SHA256). It is kept outside the database, so someone who
 * can write the database cannot sign a head of their own.
 */
public final class AnchorKey {
    /** The shortest secret accepted, in bytes (the output size of SHA-256). */
    public static final int MIN_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "hmac-sha256-";

    private final SecretKeySpec key;

    private AnchorKey(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * A key from the operator's secret text (for example 64 hex characters from {@code openssl rand -hex 32}).
     *
     * @throws IllegalArgumentException when the secret is shorter than {@link #MIN_BYTES} bytes
     */
    public static AnchorKey of(String secret) {
        byte[] bytes = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("anchor key shorter than " + MIN_BYTES + " bytes");
        }
        return new AnchorKey(bytes);
    }

    /** The signature of a text: {@code hmac-sha256-<hex>}. */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AnchorKey[***]";
    }
}
