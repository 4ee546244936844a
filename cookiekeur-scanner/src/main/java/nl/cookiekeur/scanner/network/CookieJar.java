package nl.cookiekeur.scanner.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whole cookie jar of a browser profile ({@code Storage.getCookies} on a tab's CDP session, which
 * covers every domain and partition of the profile's default context).
 */
public final class CookieJar {
    /** The most cookies read from a jar. */
    public static final int MAX_COOKIES = 2000;

    private CookieJar() {}

    /** The cookies in the jar, or an empty list when the tab is gone. */
    public static List<JarCookie> read(CDPSession session) {
        JsonObject result;
        try {
            result = session.send("Storage.getCookies");
        } catch (PlaywrightException e) {
            return List.of();
        }
        JsonElement cookies = result == null ? null : result.get("cookies");
        List<JarCookie> jar = new ArrayList<>();
        if (cookies instanceof JsonArray array) {
            for (JsonElement cookie : array) {
                if (cookie.isJsonObject() && jar.size() < MAX_COOKIES) {
                    jar.add(JarCookie.fromCdp(cookie.getAsJsonObject()));
                }
            }
        }
        return jar;
    }
}
