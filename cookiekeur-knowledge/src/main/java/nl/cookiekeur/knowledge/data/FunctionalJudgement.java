package nl.cookiekeur.knowledge.data;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Category;

/**
 * Decides what a cookie that a data source calls "functional" is in law. "Functional" is not a legal
 * category: only a cookie whose purpose is strictly necessary for the communication or for a service the
 * visitor asked for (Tw art. 11.7a lid 3; WP194) is exempt as necessary. A functional cookie whose name or
 * description shows such a purpose (session, login, security, load balancing, cart, the consent or privacy
 * choice itself) is necessary. A functional cookie that otherwise identifies the visitor (a unique visitor or user id,
 * such as a chat widget's visitor id) is neither necessary nor a preference, since it keeps no choice but who the
 * visitor is: it needs review ({@link Category#UNKNOWN}). Every other functional cookie keeps a convenience or
 * choice and is preferences.
 */
public final class FunctionalJudgement {
    /** Purposes that can make a cookie strictly necessary, as they appear in names and descriptions. */
    private static final List<String> NECESSARY_PURPOSES = List.of(
            "session id",
            "session identifier",
            "session cookie",
            "user session",
            "server session",
            "sessionid",
            "phpsessid",
            "jsessionid",
            "load balanc",
            "load-balanc",
            "server affinity",
            "sticky session",
            "stickiness",
            "routing",
            "csrf",
            "xsrf",
            "forgery",
            "security",
            "fraud",
            "authenticat",
            "log in",
            "login",
            "logged in",
            "logged-in",
            "sign in",
            "signed in",
            "shopping cart",
            "basket",
            "checkout",
            "payment",
            "consent",
            "cookie banner",
            "cookie notice",
            "cookie preferences",
            "cookie settings",
            "privacy string",
            "bot ",
            "bots",
            "captcha",
            "firewall",
            "ddos",
            "trusted web traffic",
            "rate limiting",
            "cookies are enabled",
            "accepts cookies",
            "supports cookies");

    /** Wordings of a cookie that identifies the visitor, as they appear in descriptions. */
    private static final List<String> IDENTIFIER_PURPOSES = List.of(
            "distinguish users",
            "distinguish visitors",
            "distinguish one site visitor",
            "unique id",
            "unique identifier",
            "unique user",
            "unique visitor",
            "identify the visitor",
            "identify visitors",
            "identify the user",
            "identify users",
            "identifies the visitor",
            "identifies the user",
            "visitor id",
            "visitor identification",
            "user identification");

    private FunctionalJudgement() {}

    /**
     * {@link Category#NECESSARY} when the text shows a strictly necessary purpose; else {@link Category#UNKNOWN}
     * when it shows a visitor identifier; else preferences.
     */
    public static Category of(String name, String description) {
        String text = (name + " " + description).toLowerCase(Locale.ROOT);
        for (String purpose : NECESSARY_PURPOSES) {
            if (text.contains(purpose)) {
                return Category.NECESSARY;
            }
        }
        for (String purpose : IDENTIFIER_PURPOSES) {
            if (text.contains(purpose)) {
                return Category.UNKNOWN;
            }
        }
        return Category.PREFERENCES;
    }
}
