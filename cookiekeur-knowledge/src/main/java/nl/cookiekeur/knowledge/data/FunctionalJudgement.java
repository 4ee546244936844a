package nl.cookiekeur.knowledge.data;

import java.util.List;
import java.util.Locale;
import nl.cookiekeur.classification.Category;

/**
 * Decides what a cookie that a data source calls "functional" is in law. "Functional" is not a legal
 * category: only a cookie whose purpose is strictly necessary for the communication or for a service the
 * visitor asked for (Tw art. 11.7a lid 3; WP194) is exempt as necessary. A functional cookie whose name or
 * description shows such a purpose (session, login, security, load balancing, cart, the consent choice
 * itself) is necessary; every other functional cookie keeps a convenience or choice and is preferences.
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
            "bot ",
            "bots",
            "captcha",
            "firewall",
            "ddos",
            "cookies are enabled",
            "accepts cookies",
            "supports cookies");

    private FunctionalJudgement() {}

    /** {@link Category#NECESSARY} when the text shows a strictly necessary purpose, else preferences. */
    public static Category of(String name, String description) {
        String text = (name + " " + description).toLowerCase(Locale.ROOT);
        for (String purpose : NECESSARY_PURPOSES) {
            if (text.contains(purpose)) {
                return Category.NECESSARY;
            }
        }
        return Category.PREFERENCES;
    }
}
