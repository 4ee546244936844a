package nl.cookiekeur.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.SameSite;
import org.jspecify.annotations.Nullable;

/**
 * A cookie in the browser's jar at the end of a phase (or removed during it), with its attributes and the
 * script or response that set it.
 *
 * @param phase the phase in which it was observed
 * @param pageUrl the page being visited when it was first seen
 * @param name the name (untrusted)
 * @param domain the Domain attribute, or the host for a host-only cookie
 * @param path the Path attribute
 * @param value the value, cut to a bounded length (untrusted)
 * @param expires the expiry, {@code null} for a session cookie
 * @param sizeBytes name plus value length in bytes, as the browser reports it
 * @param httpOnly whether scripts cannot read it
 * @param hostOnly whether it was set without a Domain attribute
 * @param secure whether it is sent over HTTPS only
 * @param sameSite the SameSite attribute, {@link SameSite#UNSPECIFIED} when the site gave none
 * @param partitionKey the CHIPS partition key (top-level site), {@code null} when unpartitioned
 * @param source how it was set
 * @param setter the URL of the script (for {@link CookieSource#SCRIPT}) or response (for {@link CookieSource#HTTP})
 *     that set it, {@code null} when unknown
 * @param firstSeen when it was first seen in this phase
 * @param removed whether it was gone from the jar at the end of the phase (deleted or expired)
 */
public record ObservedCookie(
        Phase phase,
        String pageUrl,
        String name,
        String domain,
        String path,
        String value,
        @Nullable Instant expires,
        long sizeBytes,
        boolean httpOnly,
        boolean hostOnly,
        boolean secure,
        SameSite sameSite,
        @Nullable String partitionKey,
        CookieSource source,
        @Nullable String setter,
        Instant firstSeen,
        boolean removed) {

    public ObservedCookie {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sameSite, "sameSite");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }

    /** Whether the cookie lives only for the browser session. */
    public boolean session() {
        return expires == null;
    }

    /** The lifetime from first sighting to expiry, {@code null} for a session cookie. */
    public @Nullable Duration lifetime() {
        return expires == null ? null : Duration.between(firstSeen, expires);
    }

    /** The cookie as the classifier sees it; {@code site} is the page, when it parses as a URI. */
    public Cookie toCookie() {
        Duration lifetime = lifetime();
        Long seconds = lifetime == null ? null : Math.max(0, lifetime.toSeconds());
        return new Cookie(
                name.isBlank() ? "(leeg)" : name,
                domain,
                path,
                value,
                seconds,
                seconds == null,
                httpOnly,
                hostOnly,
                secure,
                sameSite,
                Urls.parseOrBlank(pageUrl),
                setter == null ? null : Urls.parseOrNull(setter));
    }

    /** A short identity for diffs and declarations: name, domain and path. */
    public String key() {
        return name + "\u0000" + domain + "\u0000" + path;
    }
}
