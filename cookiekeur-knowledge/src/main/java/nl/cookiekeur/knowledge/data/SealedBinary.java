package nl.cookiekeur.knowledge.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The envelope of a binary resource made at build time: a magic number and a format version up front and a
 * CRC-32 at the end, so that a damaged, foreign or stale file is refused instead of misread.
 *
 * @param magic the first four bytes, naming the kind of file
 * @param version the format version the reader understands
 * @param kind what the file holds, for messages ("knowledge snapshot")
 */
public record SealedBinary(int magic, int version, String kind) {
    private static final int CHECKSUM_BYTES = Long.BYTES;
    private static final int HEADER_BYTES = 2 * Integer.BYTES;

    /** Writes the body of a file after the header. */
    @FunctionalInterface
    public interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** The header, the body and the checksum as one array. */
    public byte[] seal(Body body) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 18);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(magic);
            out.writeInt(version);
            body.write(out);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(buffer.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body of a sealed file, positioned after the header and limited before the checksum; anything wrong
     * with the envelope is reported through {@code corrupt} with a short detail.
     */
    public ByteBuffer open(byte[] bytes, Function<String, ? extends RuntimeException> corrupt) {
        if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) {
            throw corrupt.apply("too short");
        }
        int contentLength = bytes.length - CHECKSUM_BYTES;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, contentLength);
        if (crc.getValue()
                != ByteBuffer.wrap(bytes, contentLength, CHECKSUM_BYTES).getLong()) {
            throw corrupt.apply("checksum mismatch");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, contentLength);
        if (in.getInt() != magic) {
            throw corrupt.apply("not a " + kind);
        }
        int found = in.getInt();
        if (found != version) {
            throw corrupt.apply("format version " + found + ", expected " + version);
        }
        return in;
    }
}
