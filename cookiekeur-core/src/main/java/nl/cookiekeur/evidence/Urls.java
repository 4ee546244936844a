package nl.cookiekeur.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Lenient handling of URLs that came from a scanned site and may be malformed. */
public final class Urls {

    private static final URI BLANK = URI.create("about:blank");

    private Urls() {}

    /** The URL as a URI, or {@code null} when it does not parse. */
    public static @Nullable URI parseOrNull(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The URL as a URI, or {@code about:blank} when it does not parse. */
    public static URI parseOrBlank(String url) {
        URI uri = parseOrNull(url);
        return uri == null ? BLANK : uri;
    }

    /** The lower-case host of the URL, or the empty string when it has none. */
    public static String host(String url) {
        URI uri = parseOrNull(url);
        String host = uri == null ? null : uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
