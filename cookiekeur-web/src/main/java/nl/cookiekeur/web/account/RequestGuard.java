package nl.cookiekeur.web.account;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import nl.cookiekeur.web.page.SecurityHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking and whether a state-changing request may be trusted: the session from the cookie, the
 * request's origin (browsers say where a form came from in {@code Origin} and {@code Sec-Fetch-Site}), and the
 * session's CSRF token in the form.
 */
public final class RequestGuard {
    /** The form field of the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final String ATTRIBUTE = "cookiekeur.signedIn";

    private final SessionStore sessions;

    public RequestGuard(SessionStore sessions) {
        this.sessions = sessions;
    }

    /** The signed-in user of this request, looked up once per request. */
    public Optional<SignedIn> signedIn(Context ctx) {
        Object known = ctx.attribute(ATTRIBUTE);
        if (known instanceof SignedIn signedIn) {
            return Optional.of(signedIn);
        }
        Optional<SignedIn> found = SessionCookie.read(ctx).flatMap(sessions::find);
        found.ifPresent(signedIn -> ctx.attribute(ATTRIBUTE, signedIn));
        return found;
    }

    /**
     * Whether the request comes from the app's own pages: no {@code Sec-Fetch-Site} other than same-origin or
     * none, and no {@code Origin} other than the app's.
     */
    public static boolean sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        String scheme = SecurityHeaders.secure(ctx) ? "https" : "http";
        return origin.equalsIgnoreCase(scheme + "://" + ctx.host());
    }

    /** Whether a state-changing request of a signed-in user carries the session's token and its own origin. */
    public static boolean trusted(Context ctx, SignedIn signedIn) {
        return sameOrigin(ctx) && tokenMatches(ctx.formParam(CSRF_FIELD), signedIn.csrfToken());
    }

    static boolean tokenMatches(@Nullable String sent, String expected) {
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
