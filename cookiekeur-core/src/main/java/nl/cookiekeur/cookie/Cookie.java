package nl.cookiekeur.cookie;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One cookie as observed on a site: its attributes, the page (site) it was seen on and, when known, the
 * script that set it.
 *
 * @param name the cookie name, never blank
 * @param domain the Domain attribute or host as reported by the browser (may start with a dot)
 * @param path the Path attribute
 * @param value the value (may be empty)
 * @param expiresInSeconds seconds until expiry at observation time, {@code null} for session cookies
 * @param session whether the cookie lives only for the browser session
 * @param httpOnly whether scripts cannot read it
 * @param hostOnly whether it was set without a Domain attribute
 * @param secure whether it is sent over HTTPS only
 * @param sameSite the SameSite attribute
 * @param site the page on which the cookie was observed
 * @param setterScript the script that set the cookie, {@code null} when unknown or set by a response header
 */
public record Cookie(
        String name,
        String domain,
        String path,
        String value,
        @Nullable Long expiresInSeconds,
        boolean session,
        boolean httpOnly,
        boolean hostOnly,
        boolean secure,
        SameSite sameSite,
        URI site,
        @Nullable URI setterScript) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sameSite, "sameSite");
        Objects.requireNonNull(site, "site");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (expiresInSeconds != null && session) {
            throw new IllegalArgumentException("a session cookie has no expiresInSeconds");
        }
    }

    /** A first-party session cookie on the site's host with default attributes, for lookups and tests. */
    public static Cookie of(String name, URI site) {
        String host = Objects.requireNonNullElse(site.getHost(), "");
        return new Cookie(name, host, "/", "", null, true, false, true, false, SameSite.UNSPECIFIED, site, null);
    }

    /** A copy with another domain (and host-only off when the domain starts with a dot). */
    public Cookie withDomain(String newDomain) {
        return new Cookie(
                name,
                newDomain,
                path,
                value,
                expiresInSeconds,
                session,
                httpOnly,
                !newDomain.startsWith("."),
                secure,
                sameSite,
                site,
                setterScript);
    }

    /** A copy with the given setter script. */
    public Cookie withSetterScript(@Nullable URI script) {
        return new Cookie(
                name,
                domain,
                path,
                value,
                expiresInSeconds,
                session,
                httpOnly,
                hostOnly,
                secure,
                sameSite,
                site,
                script);
    }
}
