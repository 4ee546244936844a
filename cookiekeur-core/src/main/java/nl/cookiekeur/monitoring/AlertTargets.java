package nl.cookiekeur.monitoring;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a site's owner hears about new trackers, cookies and serious findings.
 *
 * @param email an e-mail address, or {@code null}
 * @param webhook an http(s) URL that receives a signed JSON POST, or {@code null}
 */
public record AlertTargets(@Nullable String email, @Nullable URI webhook) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[A-Za-z0-9.-]{1,253}");

    /** No alerts. */
    public static final AlertTargets NONE = new AlertTargets(null, null);

    public AlertTargets {
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        if (webhook != null && !webUrl(webhook)) {
            throw new IllegalArgumentException("webhook must be an http or https URL with a host, at most 2048 long");
        }
    }

    /** Whether the text is an e-mail address this record accepts. */
    public static boolean isEmail(String text) {
        return text.length() <= 320 && EMAIL.matcher(text).matches();
    }

    /** Whether the URL is an http or https URL with a host, at most 2048 characters, that this record accepts. */
    public static boolean webUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && url.getHost() != null
                && url.getRawUserInfo() == null
                && url.toString().length() <= 2048;
    }
}
