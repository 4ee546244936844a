package nl.cookiekeur.scanner.crawl;

import nl.cookiekeur.CookiekeurException;

/** A sitemap that is no well-formed, DTD-free {@code urlset} or {@code sitemapindex}, or one over the limits. */
public final class SitemapFormatException extends CookiekeurException {
    private static final long serialVersionUID = 1L;

    SitemapFormatException(String message) {
        super(message);
    }

    SitemapFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
