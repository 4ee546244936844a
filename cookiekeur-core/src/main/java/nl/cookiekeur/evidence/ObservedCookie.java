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
 * @param requestedExpires the expiry the site asked for (Expires or Max-Age of the {@code Set-Cookie} header,
 *     {@code expires=} or {@code max-age=} of a {@code document.cookie} write, {@code expires} of a Cookie Store
 *     write), {@code null} when unknown or a session cookie was asked for; it can lie beyond {@code expires}
 *     because the browser caps every lifetime (Chromium: 400 days). Absent in evidence written before 2026-12.
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
        boolean removed,
        @Nullable Instant requestedExpires) {

    /** The longest lifetime Chromium keeps a cookie, whatever the site asks for. */
    public static final Duration BROWSER_CAP = Duration.ofDays(400);

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

    /** An observation without a known requested expiry. */
    public ObservedCookie(
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
        this(
                phase,
                pageUrl,
                name,
                domain,
                path,
                value,
                expires,
                sizeBytes,
                httpOnly,
                hostOnly,
                secure,
                sameSite,
                partitionKey,
                source,
                setter,
                firstSeen,
                removed,
                null);
    }

    /** A copy with the expiry the site asked for. */
    public ObservedCookie withRequestedExpires(@Nullable Instant requested) {
        return new ObservedCookie(
                phase,
                pageUrl,
                name,
                domain,
                path,
                value,
                expires,
                sizeBytes,
                httpOnly,
                hostOnly,
                secure,
                sameSite,
                partitionKey,
                source,
                setter,
                firstSeen,
                removed,
                requested);
    }

    /** Whether the cookie lives only for the browser session. */
    public boolean session() {
        return expires == null;
    }

    /** The lifetime from first sighting to expiry, {@code null} for a session cookie. */
    public @Nullable Duration lifetime() {
        return expires == null ? null : Duration.between(firstSeen, expires);
    }

    /** The lifetime the site asked for, from first sighting; {@code null} when unknown or a session cookie. */
    public @Nullable Duration requestedLifetime() {
        return expires == null || requestedExpires == null ? null : Duration.between(firstSeen, requestedExpires);
    }

    /**
     * Whether the browser shortened the lifetime the site asked for: more than 400 days requested while the jar
     * keeps the cookie for about 400 days (a day of slack either way).
     */
    public boolean capped() {
        Duration requested = requestedLifetime();
        Duration kept = lifetime();
        return requested != null
                && kept != null
                && requested.compareTo(BROWSER_CAP.plusDays(1)) > 0
                && kept.compareTo(BROWSER_CAP.minusDays(1)) >= 0
                && kept.compareTo(BROWSER_CAP.plusDays(1)) <= 0;
    }

    /**
     * The lifetime to judge: the one the site asked for when known (a browser cap is not the site's choice),
     * else the one in the jar; {@code null} for a session cookie.
     */
    public @Nullable Duration judgedLifetime() {
        Duration requested = requestedLifetime();
        return requested != null ? requested : lifetime();
    }

    /**
     * The cookie as the classifier and advisor see it, with the {@linkplain #judgedLifetime() judged lifetime};
     * {@code site} is the page, when it parses as a URI.
     */
    public Cookie toCookie() {
        Duration lifetime = judgedLifetime();
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
