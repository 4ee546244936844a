package nl.cookiekeur.scanner.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whole cookie jar of a tab's browser context: {@code Network.getAllCookies} on the tab's CDP session,
 * which covers every domain and partition of the context the tab is in. ({@code Storage.getCookies} on a tab's
 * session reads only the browser's default context, empty when each phase is a context of its own; ADR 0012.)
 */
public final class CookieJar {
    /** The most cookies read from a jar. */
    public static final int MAX_COOKIES = 2000;

    private CookieJar() {}

    /** The cookies in the jar, or an empty list when the tab is gone. */
    public static List<JarCookie> read(CDPSession session) {
        JsonObject result;
        try {
            result = session.send("Network.getAllCookies");
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
