package nl.cookiekeur.scanner.network;

import java.time.Instant;

/**
 * A response that tried to set a cookie.
 *
 * @param line the cookie's name and Domain attribute
 * @param responseUrl the URL of the response (bounded)
 * @param responseHost the lower-case host of the response, for host-only cookies
 * @param at when the response arrived
 */
public record HttpCookieSetter(SetCookieLine line, String responseUrl, String responseHost, Instant at) {

    /** Whether this response can have set a cookie with this name in the given jar domain. */
    public boolean matches(String name, String jarDomain) {
        if (!line.name().equals(name)) {
            return false;
        }
        String domain = jarDomain.startsWith(".") ? jarDomain.substring(1) : jarDomain;
        return line.domain().isEmpty()
                ? responseHost.equals(domain)
                : line.domain().equals(domain);
    }
}
