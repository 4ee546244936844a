package nl.cookiekeur.scanner.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import nl.cookiekeur.cookie.SameSite;
import org.jspecify.annotations.Nullable;

/**
 * A cookie as the browser's jar reports it through CDP ({@code Network.Cookie}); SameSite stays
 * {@link SameSite#UNSPECIFIED} when the site gave none (Playwright's own API would say Lax).
 *
 * @param name the name
 * @param value the value, cut to {@link #MAX_VALUE} characters
 * @param domain the domain as the browser reports it (a leading dot for a Domain attribute)
 * @param path the path
 * @param expires the expiry, {@code null} for a session cookie
 * @param size name plus value length in bytes
 * @param httpOnly HttpOnly
 * @param secure Secure
 * @param sameSite the SameSite attribute
 * @param partitionKey the CHIPS partition's top-level site, {@code null} when unpartitioned
 */
public record JarCookie(
        String name,
        String value,
        String domain,
        String path,
        @Nullable Instant expires,
        long size,
        boolean httpOnly,
        boolean secure,
        SameSite sameSite,
        @Nullable String partitionKey) {

    /** Longest cookie value kept. */
    public static final int MAX_VALUE = 512;

    /** What identifies a cookie in the jar: name, domain, path and partition. */
    public String key() {
        return name + '\t' + domain + '\t' + path + '\t' + (partitionKey == null ? "" : partitionKey);
    }

    /** Whether it was set without a Domain attribute. */
    public boolean hostOnly() {
        return !domain.startsWith(".");
    }

    /** Parses one CDP {@code Network.Cookie} object. */
    public static JarCookie fromCdp(JsonObject cookie) {
        double expires = Initiators.number(cookie, "expires", -1);
        boolean session = Initiators.bool(cookie, "session") || expires <= 0;
        String value = Initiators.string(cookie, "value");
        return new JarCookie(
                Initiators.string(cookie, "name"),
                value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value,
                Initiators.string(cookie, "domain"),
                Initiators.string(cookie, "path"),
                session ? null : Instant.ofEpochMilli((long) (expires * 1000)),
                (long) Initiators.number(cookie, "size", 0),
                Initiators.bool(cookie, "httpOnly"),
                Initiators.bool(cookie, "secure"),
                SameSite.parse(Initiators.string(cookie, "sameSite")).orElse(SameSite.UNSPECIFIED),
                partition(cookie.get("partitionKey")));
    }

    private static @Nullable String partition(@Nullable JsonElement key) {
        if (key == null || key.isJsonNull()) {
            return null;
        }
        if (key.isJsonPrimitive()) {
            String text = key.getAsString();
            return text.isEmpty() ? null : text;
        }
        if (key.isJsonObject()) {
            String site = Initiators.string(key.getAsJsonObject(), "topLevelSite");
            return site.isEmpty() ? null : site;
        }
        return null;
    }
}
