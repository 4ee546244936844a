package nl.cookiekeur.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The operator's secret that signs chain heads (HMAC-SHA256, RFC 2104, built on {@link MessageDigest} so the core
 * stays within {@code java.*}). It is kept outside the database, so someone who can write the database cannot sign
 * a head of their own.
 */
public final class AnchorKey {
    /** The shortest secret accepted, in bytes (the output size of SHA-256). */
    public static final int MIN_BYTES = 32;

    private static final String PREFIX = "hmac-sha256-";
    private static final int BLOCK = 64;

    private final byte[] inner;
    private final byte[] outer;

    private AnchorKey(byte[] secret) {
        byte[] block = Arrays.copyOf(secret.length > BLOCK ? sha256().digest(secret) : secret, BLOCK);
        this.inner = new byte[BLOCK];
        this.outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
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
        MessageDigest first = sha256();
        first.update(inner);
        byte[] innerHash = first.digest(text.getBytes(StandardCharsets.UTF_8));
        MessageDigest second = sha256();
        second.update(outer);
        return PREFIX + HexFormat.of().formatHex(second.digest(innerHash));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "AnchorKey[***]";
    }
}
