package nl.cookiekeur.ledger;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a User-Agent header to a browser family ("Chrome", "Firefox", …); the ledger never stores the full
 * header, which together with other data could single out a visitor.
 */
final class UserAgentFamily {
    private UserAgentFamily() {}

    static String of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("bot") || ua.contains("crawler") || ua.contains("spider") || ua.contains("headless")) {
            return "Bot";
        }
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return "Chrome";
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return "Safari";
        }
        if (ua.startsWith("curl/")
                || ua.startsWith("wget/")
                || ua.startsWith("java-http-client")
                || ua.startsWith("python")) {
            return "Tool";
        }
        return "Other";
    }
}
