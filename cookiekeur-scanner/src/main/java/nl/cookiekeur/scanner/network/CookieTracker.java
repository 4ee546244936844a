package nl.cookiekeur.scanner.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cookiekeur.evidence.CookieSource;
import nl.cookiekeur.evidence.ObservedCookie;
import nl.cookiekeur.evidence.Phase;
import org.jspecify.annotations.Nullable;

/**
 * Follows the cookie jar through a phase: when and on which page each cookie first appeared, and which
 * were gone at the end (deleted or expired). At the end it attributes each cookie to the response that set
 * it, or the script that wrote it.
 */
public final class CookieTracker {
    private final Map<String, Sighting> seen = new LinkedHashMap<>();
    private int lastSize = -1;
    private long lastChangeNanos = System.nanoTime();

    private static final class Sighting {
        JarCookie cookie;
        final Instant firstSeen;
        final String pageUrl;

        Sighting(JarCookie cookie, Instant firstSeen, String pageUrl) {
            this.cookie = cookie;
            this.firstSeen = firstSeen;
            this.pageUrl = pageUrl;
        }
    }

    /** Takes a reading of the jar while {@code pageUrl} is being visited; returns whether it changed. */
    public boolean observe(List<JarCookie> jar, String pageUrl) {
        boolean changed = jar.size() != lastSize;
        Instant now = Instant.now();
        for (JarCookie cookie : jar) {
            Sighting sighting = seen.get(cookie.key());
            if (sighting == null) {
                seen.put(cookie.key(), new Sighting(cookie, now, pageUrl));
                changed = true;
            } else {
                if (!sighting.cookie.value().equals(cookie.value())) {
                    changed = true;
                }
                sighting.cookie = cookie;
            }
        }
        lastSize = jar.size();
        if (changed) {
            lastChangeNanos = System.nanoTime();
        }
        return changed;
    }

    /** The System.nanoTime() of the last change seen. */
    public long lastChangeNanos() {
        return lastChangeNanos;
    }

    /** The number of distinct cookies seen in the phase. */
    public int count() {
        return seen.size();
    }

    /**
     * The cookies of the phase: every cookie seen, with {@code removed} set for those not in {@code finalJar};
     * attributed to a response in {@code httpSetters} (latest match wins), else a script in
     * {@code scriptSetters} (cookie name to script URL), else HTTP without a setter when the cookie is
     * HttpOnly (a script cannot write those), else unknown.
     */
    public List<ObservedCookie> finish(
            Phase phase,
            List<JarCookie> finalJar,
            String pageUrl,
            List<HttpCookieSetter> httpSetters,
            Map<String, String> scriptSetters) {
        return finish(phase, finalJar, pageUrl, httpSetters, scriptSetters, Map.of());
    }

    /**
     * As {@link #finish(Phase, List, String, List, Map)}, also keeping the expiry the site asked for: from the
     * attributed response's {@code Set-Cookie} line, else from the script's last write ({@code scriptExpiries},
     * cookie name to requested expiry).
     */
    public List<ObservedCookie> finish(
            Phase phase,
            List<JarCookie> finalJar,
            String pageUrl,
            List<HttpCookieSetter> httpSetters,
            Map<String, String> scriptSetters,
            Map<String, Instant> scriptExpiries) {
        observe(finalJar, pageUrl);
        Map<String, JarCookie> present = new LinkedHashMap<>();
        for (JarCookie cookie : finalJar) {
            present.put(cookie.key(), cookie);
        }
        List<ObservedCookie> cookies = new ArrayList<>();
        for (Map.Entry<String, Sighting> entry : seen.entrySet()) {
            Sighting sighting = entry.getValue();
            JarCookie cookie = sighting.cookie;
            HttpCookieSetter response = latest(httpSetters, cookie);
            String script = scriptSetters.get(cookie.name());
            CookieSource source;
            @Nullable String setter;
            @Nullable Instant requested = null;
            if (response != null) {
                source = CookieSource.HTTP;
                setter = response.responseUrl().isEmpty() ? null : response.responseUrl();
                requested = response.line().requestedExpires();
            } else if (script != null && !cookie.httpOnly()) {
                source = CookieSource.SCRIPT;
                setter = script.isEmpty() ? null : script;
                requested = scriptExpiries.get(cookie.name());
            } else if (cookie.httpOnly()) {
                source = CookieSource.HTTP;
                setter = null;
            } else {
                source = CookieSource.UNKNOWN;
                setter = null;
            }
            cookies.add(new ObservedCookie(
                    phase,
                    sighting.pageUrl,
                    cookie.name(),
                    cookie.domain(),
                    cookie.path(),
                    cookie.value(),
                    cookie.expires(),
                    cookie.size(),
                    cookie.httpOnly(),
                    cookie.hostOnly(),
                    cookie.secure(),
                    cookie.sameSite(),
                    cookie.partitionKey(),
                    source,
                    setter,
                    sighting.firstSeen,
                    !present.containsKey(entry.getKey()),
                    cookie.expires() == null ? null : requested));
        }
        return cookies;
    }

    private static @Nullable HttpCookieSetter latest(List<HttpCookieSetter> setters, JarCookie cookie) {
        HttpCookieSetter found = null;
        for (HttpCookieSetter setter : setters) {
            if (setter.matches(cookie.name(), cookie.domain())) {
                found = setter;
            }
        }
        return found;
    }
}
