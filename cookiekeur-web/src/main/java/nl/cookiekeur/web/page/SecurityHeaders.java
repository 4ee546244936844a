package nl.cookiekeur.web.page;

import io.javalin.http.Context;

/**
 * The headers of every app page: a strict Content Security Policy (no inline script or style, only the app's
 * own files), no framing, no sniffing, no referrer to other sites, and HSTS behind TLS.
 */
public final class SecurityHeaders {
    /** The policy: only same-origin files, forms only to the app, never framed. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private SecurityHeaders() {}

    /** Sets the headers on an answer of the app. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /** Whether the visitor reached the app over TLS (directly or through a proxy that says so). */
    public static boolean secure(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(forwarded);
    }
}
