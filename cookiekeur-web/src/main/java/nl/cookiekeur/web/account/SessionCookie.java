package nl.cookiekeur.web.account;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import nl.cookiekeur.web.page.SecurityHeaders;

/**
 * The one cookie the app sets, and only after signing in: strictly necessary, so it needs no consent. It is
 * {@code HttpOnly}, {@code SameSite=Lax}, limited to {@code /app}, and {@code Secure} behind TLS.
 */
public final class SessionCookie {
    /** The cookie's name. */
    public static final String NAME = "cookiekeur_sessie";

    private SessionCookie() {}

    /** The token the browser sent, if any. */
    public static Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(token -> !token.isBlank());
    }

    /** Sets the cookie to this token for the session's lifetime. */
    public static void write(Context ctx, String token, Duration lifetime) {
        ctx.header("Set-Cookie", NAME + "=" + token + attributes(ctx) + "; Max-Age=" + lifetime.toSeconds());
    }

    /** Removes the cookie. */
    public static void clear(Context ctx) {
        ctx.header("Set-Cookie", NAME + "=" + attributes(ctx) + "; Max-Age=0");
    }

    private static String attributes(Context ctx) {
        return "; Path=/app; HttpOnly; SameSite=Lax" + (SecurityHeaders.secure(ctx) ? "; Secure" : "");
    }
}
