package nl.cookiekeur.knowledge.classifier;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.cookie.Cookie;
import org.jspecify.annotations.Nullable;

/**
 * Puts observed cookies in context: first or third party by registrable domain (Public Suffix List) and the known tracker of the cookie's domain or, failing that, of its setter script.
 */
final class CookieContexts {
    private final Function<String, Optional<Tracker>> trackers;

    /** Contexts that look trackers up with the given function (host → tracker). */
    CookieContexts(Function<String, Optional<Tracker>> trackers) {
        this.trackers = trackers;
    }

    CookieContext of(Cookie cookie) {
        String cookieHost = host(cookie.domain());
        String siteHost = host(cookie.site().getHost());
        boolean thirdParty = !registrable(cookieHost).equals(registrable(siteHost));
        Tracker tracker = thirdParty ? trackers.apply(cookieHost).orElse(null) : null;
        URI script = cookie.setterScript();
        if (tracker == null && script != null && script.getHost() != null) {
            tracker = trackers.apply(host(script.getHost()))
                    .filter(t -> !t.hostsOthersCode())
                    .orElse(null);
        }
        return new CookieContext(cookie, thirdParty, tracker);
    }

    private static String host(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String host = text.strip().toLowerCase(Locale.ROOT);
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** The registrable domain (Public Suffix List), or the host itself for IPs and single labels. */
    static String registrable(String host) {
        return RegistrableDomains.of(host);
    }
}
