package nl.cookiekeur.classification;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bot checks (captchas) that a company whose business is advertising runs from its own hosts: Google reCAPTCHA,
 * served from {@code google.com}, {@code gstatic.com} or {@code recaptcha.net}, with its cookie {@code _GRECAPTCHA}
 * and its {@code rc::} storage keys. Protecting a form against bots can be strictly necessary, but this check sends
 * the visitor's device and behaviour signals and Google's own cookies to Google, which uses them for its own
 * purposes as well; storage is exempt only when every purpose is (WP194). Its cookies, storage and requests
 * therefore need consent: advice 10 ({@link AdviceReason#ADVERTISING_COMPANY_BOT_CHECK}), as the {@code recaptcha}
 * tool profile says. Nothing shows that it follows visitors over other sites, so it is not advice 7. Bot checks of
 * companies that act as the site's processor (such as Cloudflare Turnstile) are not covered.
 */
public final class AdvertisingCompanyBotChecks {
    private static final Set<String> DOMAINS = Set.of("google.com", "gstatic.com", "recaptcha.net");
    private static final String COOKIE = "_grecaptcha";
    private static final String STORAGE_PREFIX = "rc::";
    private static final String PATH = "/recaptcha/";

    private AdvertisingCompanyBotChecks() {}

    /**
     * Whether a cookie or storage key of that name, on that cookie domain or storage origin (such as
     * {@code .google.com} or {@code https://www.google.com}), belongs to such a bot check.
     */
    public static boolean holds(String name, String domainOrOrigin) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.equals(COOKIE) || lower.startsWith(STORAGE_PREFIX)) && ownHost(hostOf(domainOrOrigin));
    }

    /** Whether the URL loads or calls such a bot check (a {@code /recaptcha/} path on one of its hosts). */
    public static boolean serves(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String path = uri.getRawPath();
        return path != null && path.toLowerCase(Locale.ROOT).contains(PATH) && ownHost(uri.getHost());
    }

    private static String hostOf(String domainOrOrigin) {
        String text = domainOrOrigin.strip().toLowerCase(Locale.ROOT);
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            text = text.substring(scheme + 3);
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '/' && text.charAt(end) != ':') {
            end++;
        }
        text = text.substring(0, end);
        while (text.startsWith(".")) {
            text = text.substring(1);
        }
        return text;
    }

    private static boolean ownHost(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        for (String domain : DOMAINS) {
            if (lower.equals(domain) || lower.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }
}
