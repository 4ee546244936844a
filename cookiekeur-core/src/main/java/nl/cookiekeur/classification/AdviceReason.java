package nl.cookiekeur.classification;

import java.util.Locale;
import java.util.ResourceBundle;
import nl.cookiekeur.text.Language;

/** Why a classified cookie got its advice; the texts live in {@code advice-reasons*.properties}. */
public enum AdviceReason {
    COMMUNICATION_ONLY,
    REQUESTED_TRANSACTION,
    REQUESTED_FUNCTIONALITY,
    REQUESTED_PREFERENCE,
    FIRST_PARTY_ANALYTICS,
    THIRD_PARTY_ANALYTICS,
    CROSS_SITE_ANALYTICS,
    LONG_LIVED_ANALYTICS,
    USER_LEVEL_ANALYTICS,
    UNDECLARED_ANALYTICS,
    THIRD_PARTY_TRACKING,
    VENDOR_TRACKING,
    FIRST_PARTY_TRACKING,
    MARKETING_AUTOMATION,
    CHAT_WIDGET,
    LEAD_GENERATION,
    ADVERTISING_COMPANY_SERVICE,
    VENDOR_OWN_ADVERTISING,
    PAYMENT_AT_CHECKOUT,
    PAYMENT_BEFORE_CHECKOUT,
    ADVERTISING_COMPANY_BOT_CHECK,
    MARKETING_POPUP_DISPLAY,
    NEEDS_REVIEW;

    private static final String BUNDLE = "nl.cookiekeur.classification.advice-reasons";

    /** The stable id used in machine-readable output, such as {@code needs-review}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The explanation in the given language. */
    public String text(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                AdviceReason.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(id());
    }
}
