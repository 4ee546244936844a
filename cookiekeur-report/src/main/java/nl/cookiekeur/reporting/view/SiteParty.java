package nl.cookiekeur.reporting.view;

import java.util.Locale;
import java.util.Set;
import nl.cookiekeur.evidence.Urls;

/**
 * Tells first from third party by domain when the assessment gave no advice for an item. It compares the
 * last two labels (three under common second-level labels such as {@code co.uk}); the assessment's own
 * judgement, which uses the public suffix list, always wins when present.
 */
final class SiteParty {
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");

    private final String site;

    SiteParty(String startUrl) {
        this.site = base(Urls.host(startUrl));
    }

    /** Whether a cookie domain or host belongs to another site than the scanned one. */
    boolean thirdParty(String domainOrHost) {
        String base = base(domainOrHost);
        return !site.isEmpty() && !base.equals(site);
    }

    private static String base(String domain) {
        String host = domain.strip().toLowerCase(Locale.ROOT);
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        String[] labels = host.split("\\.", -1);
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        boolean twoPartSuffix = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        int keep = twoPartSuffix ? 3 : 2;
        return String.join(".", java.util.Arrays.asList(labels).subList(n - keep, n));
    }
}
