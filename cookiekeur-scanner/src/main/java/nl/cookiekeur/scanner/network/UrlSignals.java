package nl.cookiekeur.scanner.network;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tracking signals carried in URLs: advertising click identifiers and Google Consent Mode parameters. Reads
 * the query string and the fragment; values are cut to a bounded length because the URL is untrusted.
 */
public final class UrlSignals {
    /** Click identifiers that advertising platforms append to landing-page URLs or send in hits. */
    public static final Set<String> CLICK_IDS = Set.of(
            "gclid",
            "gbraid",
            "wbraid",
            "dclid",
            "gclsrc",
            "fbclid",
            "msclkid",
            "li_fat_id",
            "ttclid",
            "twclid",
            "yclid",
            "epik",
            "scclid",
            "rdt_cid",
            "irclickid",
            "mc_eid",
            "_hsenc",
            "igshid",
            "srsltid");

    /** Google Consent Mode parameters: the consent state ({@code gcs}) and the full consent data ({@code gcd}). */
    public static final Set<String> CONSENT_MODE = Set.of("gcs", "gcd");

    private static final int MAX_VALUE = 200;
    private static final int MAX_PARAMS = 200;

    private UrlSignals() {}

    /** The click-id parameters in the URL, name (lower case) to value. */
    public static Map<String, String> clickIds(String url) {
        return select(url, CLICK_IDS);
    }

    /** The Google Consent Mode parameters in the URL, name to value. */
    public static Map<String, String> consentMode(String url) {
        return select(url, CONSENT_MODE);
    }

    private static Map<String, String> select(String url, Set<String> names) {
        Map<String, String> found = new LinkedHashMap<>();
        int query = url.indexOf('?');
        int hash = url.indexOf('#');
        if (query >= 0) {
            String part = url.substring(query + 1, hash > query ? hash : url.length());
            collect(part, names, found);
        }
        if (hash >= 0) {
            collect(url.substring(hash + 1), names, found);
        }
        return found;
    }

    private static void collect(String part, Set<String> names, Map<String, String> found) {
        int seen = 0;
        for (String pair : part.split("&", MAX_PARAMS + 1)) {
            if (++seen > MAX_PARAMS) {
                return;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (names.contains(name) && !found.containsKey(name)) {
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                found.put(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
            }
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
