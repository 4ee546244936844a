package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.Set;

/**
 * A first-party cookie whose name says that it counts or remembers the display of a marketing pop-up (a
 * newsletter, promotion or exit-intent window), such as {@code popup_shown}, {@code newsletter_popup_seen} or
 * OptinMonster's {@code omSeen-…}. It serves no function the visitor asked for and measures nothing, so no
 * exemption applies; when its value is no visitor id, no personal data are processed either (advice 9, as the
 * {@code popup-frequency-cookie} tool profile says). A name that says the visitor closed the window is left to the
 * other rules: that can be a preference the visitor expressed.
 */
public final class MarketingPopupCookies {
    private static final Set<String> POPUP =
            Set.of("popup", "newsletter", "promo", "promotion", "exitintent", "optin", "lightbox", "subscribe");
    private static final Set<String> DISPLAY = Set.of(
            "shown", "seen", "displayed", "viewed", "views", "count", "counter", "impressions", "frequency", "shows");

    private MarketingPopupCookies() {}

    /** Whether the name names a marketing pop-up and its display. */
    public static boolean holds(String name) {
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace("pop-up", "popup")
                .replace("pop_up", "popup")
                .replace("exit_intent", "exitintent")
                .replace("exit-intent", "exitintent")
                .toLowerCase(Locale.ROOT);
        if (words.startsWith("om seen-") || words.startsWith("om seen_")) {
            return true;
        }
        boolean popup = false;
        boolean display = false;
        for (String token : words.split("[^a-z0-9]+", -1)) {
            popup |= POPUP.contains(token);
            display |= DISPLAY.contains(token);
        }
        return popup && display;
    }
}
