package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Live-chat widgets (tawk.to, Zendesk Chat, LiveChat, Intercom, Drift, Crisp and the like) that load on every page
 * and keep a visitor id or chat state before the visitor asked for a conversation. Such storage serves no service
 * the visitor requested, so it is not exempt even when a data source calls it functional or necessary, and a
 * visitor id of such a widget gets this reason rather than a bare "needs review": advice 10
 * ({@link AdviceReason#CHAT_WIDGET}), as the tools' profiles say. A widget that loads only after a click on a chat
 * button would be exempt, but then a scan sees none of its cookies before any choice. The widget vendor's own
 * session and security cookies (a help centre's login) keep their exemption.
 */
public final class ChatWidgets {
    /** Lower-case vendor names, compared as whole words of the classification's vendor. */
    private static final VendorWords VENDORS = VendorWords.of(
            "tawk",
            "zendesk",
            "zopim",
            "livechat",
            "intercom",
            "drift",
            "crisp",
            "purechat",
            "snapengage",
            "livezilla",
            "olark",
            "tidio",
            "smartsupp",
            "userlike");

    /** Names of a vendor's session, security or login cookies, which keep their own judgement. */
    private static final Pattern OWN_SESSION = Pattern.compile("session|sess_|csrf|xsrf|auth|login|token");

    private ChatWidgets() {}

    /**
     * Whether a cookie of this vendor that is not analytics or marketing (necessary, a preference, or a visitor id
     * that needs review) is a chat widget's storage before any request.
     */
    public static boolean holds(String cookieName, @Nullable String vendor) {
        return VENDORS.cover(vendor)
                && !OWN_SESSION.matcher(cookieName.toLowerCase(Locale.ROOT)).find();
    }
}
