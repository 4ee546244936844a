package nl.cookiekeur.compliance;

import java.util.Locale;
import java.util.Set;

/**
 * Registrable domains without the Public Suffix List (core has no data): the last two labels, or three under
 * a few common second-level suffixes. Good enough to tell a site's own hosts from third parties.
 */
final class Domains {
    private static final Set<String> SECOND_LEVEL = Set.of(
            "co.uk",
            "org.uk",
            "ac.uk",
            "gov.uk",
            "com.au",
            "net.au",
            "org.au",
            "co.nz",
            "co.jp",
            "com.br",
            "co.za",
            "com.tr",
            "com.cn",
            "co.in",
            "com.mx",
            "com.ar",
            "co.kr",
            "com.sg",
            "com.hk",
            "github.io",
            "azurewebsites.net",
            "herokuapp.com",
            "cloudfront.net",
            "netlify.app",
            "vercel.app",
            "pages.dev",
            "blogspot.com");

    private Domains() {}

    /** The registrable domain of a host or cookie domain (leading dots ignored), lower case. */
    static String registrable(String hostOrDomain) {
        String host = hostOrDomain.strip().toLowerCase(Locale.ROOT);
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.indexOf(':') >= 0 || host.matches("[0-9.]+")) {
            return host;
        }
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
        if (SECOND_LEVEL.contains(lastTwo)) {
            return labels[labels.length - 3] + "." + lastTwo;
        }
        return lastTwo;
    }

    /** Whether two hosts or cookie domains share a registrable domain. */
    static boolean sameSite(String a, String b) {
        String left = registrable(a);
        return !left.isEmpty() && left.equals(registrable(b));
    }
}
