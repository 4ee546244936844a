package nl.cookiekeur.site;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A web address a person asked to scan: {@code http} or {@code https} with a host, parsed once where it enters
 * (command line, HTTP, evidence) and passed on as this value. Normalised: scheme and host in lower case, an
 * international host in punycode, an empty path as {@code /}. User-info ({@code user:password@}) is dropped,
 * so no credential reaches the evidence, a report or the history; {@link #toString()} is safe to show.
 *
 * @param uri the normalised address
 */
public record WebUrl(URI uri) {
    private static final int MAX_HOST = 253;
    private static final int MAX_LABEL = 63;

    /** Normalises the address; throws {@link IllegalArgumentException} when it is no http(s) URL with a host. */
    public WebUrl {
        uri = normalised(Objects.requireNonNull(uri, "uri"));
    }

    /** The address in the text, or empty when it is no absolute http(s) URL with a host. */
    public static Optional<WebUrl> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WebUrl(new URI(text.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host in lower case as the URL writes it (an IPv6 address in brackets). */
    public String host() {
        return Objects.requireNonNull(uri.getHost());
    }

    /** The registrable domain of the host: the site this address belongs to. */
    public String site() {
        return RegistrableDomain.siteOf(host());
    }

    /** The address as text, without user-info. */
    @Override
    public String toString() {
        return uri.toString();
    }

    private static URI normalised(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Not an http(s) address: " + withoutUserInfo(uri));
        }
        String host = uri.getHost() == null ? internationalHost(uri) : uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("An address without a host: " + withoutUserInfo(uri));
        }
        StringBuilder text = new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        int port = uri.getHost() == null ? portOf(uri.getRawAuthority()) : uri.getPort();
        if (port >= 0) {
            text.append(':').append(port);
        }
        String path = uri.getRawPath();
        text.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            text.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            text.append('#').append(uri.getRawFragment());
        }
        try {
            URI result = new URI(text.toString());
            if (result.getHost() == null) {
                throw new IllegalArgumentException("Not a valid host: " + host);
            }
            return result;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid address: " + withoutUserInfo(uri), e);
        }
    }

    /** The host of an authority that {@link URI} did not take as a server (an international name), in punycode. */
    private static @Nullable String internationalHost(URI uri) {
        String authority = uri.getAuthority();
        if (authority == null) {
            return null;
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
        if (!fitsDns(host)) {
            // no DNS name, and the JDK's punycode encoder throws a bare RuntimeException on very long labels
            return null;
        }
        try {
            return HostName.normalise(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED))
                    .filter(name -> !HostName.isNormalisedIp(name))
                    .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a name is short enough to be a DNS name: at most 253 characters, labels of at most 63. */
    private static boolean fitsDns(String host) {
        if (host.length() > MAX_HOST) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (label.length() > MAX_LABEL) {
                return false;
            }
        }
        return true;
    }

    private static int portOf(@Nullable String authority) {
        if (authority == null) {
            return -1;
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(hostAndPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a valid port: " + hostAndPort.substring(colon + 1), e);
        }
    }

    private static String withoutUserInfo(URI uri) {
        String text = uri.toString();
        String userInfo = uri.getRawUserInfo();
        return userInfo == null ? text : text.replace(userInfo + "@", "");
    }
}
