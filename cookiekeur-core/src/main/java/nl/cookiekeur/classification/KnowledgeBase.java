package nl.cookiekeur.classification;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.cookiekeur.cookie.Cookie;
import nl.cookiekeur.cookie.StorageKey;

/** The port to what is known about cookies, storage keys and tracker domains. */
public interface KnowledgeBase {

    /** Identifies a cookie or storage key by name and domain or vendor evidence. */
    CookieLookup lookup(CookieQuery query);

    /** Identifies an observed cookie. */
    default CookieLookup lookup(Cookie cookie) {
        return lookup(CookieQuery.of(cookie));
    }

    /** Identifies an observed storage key. */
    default CookieLookup lookup(StorageKey key) {
        return lookup(CookieQuery.of(key));
    }

    /** The tracker a host belongs to, matched on the host and its parent domains. */
    Optional<Tracker> trackerForHost(String host);

    /** The tracker a request URL goes to; empty for URLs without a host. */
    default Optional<Tracker> trackerForUrl(URI url) {
        String host = url.getHost();
        return host == null ? Optional.empty() : trackerForHost(host);
    }

    /** All active entries (after curated overrides), in source order. */
    List<KnowledgeEntry> entries();

    /** The sources the knowledge came from, with licences and counts. */
    List<KnowledgeSource> sources();

    /** Figures about the loaded knowledge. */
    KnowledgeStats stats();
}
