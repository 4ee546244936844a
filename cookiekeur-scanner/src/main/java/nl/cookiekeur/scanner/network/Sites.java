package nl.cookiekeur.scanner.network;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.util.Locale;
import nl.cookiekeur.evidence.Urls;

/** The registrable domain ("site", eTLD+1) of hosts and URLs, for telling first from third parties. */
public final class Sites {
    private Sites() {}

    /**
     * The registrable domain of a host or cookie domain, by the Public Suffix List in Guava. An IP address,
     * a single label ({@code localhost}) or a name under no known suffix falls back to its last two labels
     * (or itself); a leading dot is ignored. Empty for an empty host.
     */
    public static String of(String hostOrDomain) {
        String host = hostOrDomain.strip().toLowerCase(Locale.ROOT);
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || InetAddresses.isInetAddress(host) || host.startsWith("[")) {
            return host;
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            if (name.isUnderPublicSuffix()) {
                return name.topPrivateDomain().toString();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // not a valid domain name: fall back to the labels below
        }
        String[] labels = host.split("\\.");
        return labels.length <= 2 ? host : labels[labels.length - 2] + "." + labels[labels.length - 1];
    }

    /** The registrable domain of a URL's host; empty when the URL has no host. */
    public static String ofUrl(String url) {
        return of(Urls.host(url));
    }

    /** Whether the URL belongs to another site than {@code site} (a registrable domain); URLs without a host are not. */
    public static boolean thirdParty(String url, String site) {
        String other = ofUrl(url);
        return !other.isEmpty() && !other.equals(site);
    }
}
