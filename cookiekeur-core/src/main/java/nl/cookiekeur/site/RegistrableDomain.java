package nl.cookiekeur.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registrable domain ("site", eTLD+1) of a host, cookie domain or URL, and with it first versus third
 * party: the one implementation every module uses. The public suffix comes from the shipped {@link
 * PublicSuffixList} (ICANN and private sections, wildcards and exceptions); an IP address, a single label
 * such as {@code localhost} and a public suffix itself are their own registrable domain; a name under no
 * listed suffix keeps its last two labels (the list's implicit {@code *} rule).
 */
public final class RegistrableDomain {
    private RegistrableDomain() {}

    /** The registrable domain of a host or cookie domain, or empty when it is no valid host (see {@link HostName}). */
    public static Optional<String> of(@Nullable String hostOrDomain) {
        return HostName.normalise(hostOrDomain).map(RegistrableDomain::ofNormalised);
    }

    /** The registrable domain of a host already normalised by {@link HostName#normalise}. */
    public static String ofNormalised(String host) {
        return HostName.isNormalisedIp(host) ? host : PublicSuffixList.shipped().registrable(host);
    }

    /**
     * The registrable domain of a host or cookie domain, or, for text that is no valid host, that text trimmed,
     * lower-cased and without outer dots (so odd names still compare equal to themselves); empty for blank input.
     */
    public static String siteOf(String hostOrDomain) {
        return of(hostOrDomain).orElseGet(() -> lenient(hostOrDomain));
    }

    /** The registrable domain of a URL's host; empty when the URL has no host or does not parse. */
    public static String ofUrl(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? "" : siteOf(host);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** Whether two hosts or cookie domains belong to the same site; never for an empty one. */
    public static boolean sameSite(String a, String b) {
        String left = siteOf(a);
        return !left.isEmpty() && left.equals(siteOf(b));
    }

    /**
     * Whether a host or cookie domain belongs to another site than {@code site} (a registrable domain as this
     * class gives it); an empty host is no third party.
     */
    public static boolean thirdParty(String hostOrDomain, String site) {
        String other = siteOf(hostOrDomain);
        return !other.isEmpty() && !other.equals(site);
    }

    /** Whether a URL leads to another site than {@code site}; URLs without a host ({@code data:}) do not. */
    public static boolean thirdPartyUrl(String url, String site) {
        String other = ofUrl(url);
        return !other.isEmpty() && !other.equals(site);
    }

    /**
     * Whether the host is itself a public suffix of the list's ICANN section, such as {@code com} or {@code
     * co.uk}. Private suffixes such as {@code github.io} do not count: they name one operator.
     */
    public static boolean isRegistrySuffix(String hostOrDomain) {
        return HostName.normalise(hostOrDomain)
                .filter(host -> !HostName.isNormalisedIp(host))
                .filter(host -> {
                    PublicSuffixList.Suffix suffix = PublicSuffixList.shipped().suffixOf(host);
                    return suffix.listed() && suffix.icann() && suffix.name().equals(host);
                })
                .isPresent();
    }

    private static String lenient(String text) {
        String host = text.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        int end = host.length();
        while (start < end && host.charAt(start) == '.') {
            start++;
        }
        while (end > start && host.charAt(end - 1) == '.') {
            end--;
        }
        return host.substring(start, end);
    }
}
