package nl.cookiekeur.scanner.crawl;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to give more than a fixed number of bytes: reading past the limit throws
 * {@link SitemapFormatException}, so a decompression bomb stops at the limit instead of filling the memory.
 */
final class BoundedStream extends FilterInputStream {
    private final long limit;
    private long read;

    BoundedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new SitemapFormatException("Sitemap groter dan " + limit / (1024 * 1024) + " MiB uitgepakt.");
        }
    }
}
