package nl.cookiekeur.classification;

import java.net.URI;
import java.util.Objects;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.StorageKey;
import org.jspecify.annotations.Nullable;

/**
 * What a knowledge base needs to identify a cookie or storage key: its name and the hosts that can serve
 * as domain evidence.
 *
 * @param name the cookie name or storage key
 * @param cookieDomain the cookie's domain or storage origin host, {@code null} when unknown
 * @param setterHost the host of the script that set it, {@code null} when unknown
 * @param siteHost the host of the visited page, {@code null} when unknown
 */
public record CookieQuery(
        String name,
        @Nullable String cookieDomain,
        @Nullable String setterHost,
        @Nullable String siteHost) {

    public CookieQuery {
        Objects.requireNonNull(name, "name");
    }

    /** A query with only a name and no evidence. */
    public static CookieQuery ofName(String name) {
        return new CookieQuery(name, null, null, null);
    }

    /** A query for a name seen on the given cookie domain. */
    public static CookieQuery of(String name, @Nullable String cookieDomain) {
        return new CookieQuery(name, cookieDomain, null, null);
    }

    /** A query for an observed cookie. */
    public static CookieQuery of(Cookie cookie) {
        return new CookieQuery(cookie.name(), cookie.domain(), hostOf(cookie.setterScript()), hostOf(cookie.site()));
    }

    /** A query for an observed storage key. */
    public static CookieQuery of(StorageKey key) {
        return new CookieQuery(key.key(), hostOf(key.origin()), hostOf(key.setterScript()), hostOf(key.site()));
    }

    private static @Nullable String hostOf(@Nullable URI uri) {
        return uri == null ? null : uri.getHost();
    }
}
