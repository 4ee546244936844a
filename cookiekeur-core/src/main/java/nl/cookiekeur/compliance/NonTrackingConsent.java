package nl.cookiekeur.compliance;

import java.util.List;
import java.util.Optional;
import nl.cookiekeur.classification.AdviceReason;

/**
 * Cookies and storage that need consent before any choice although they do not follow the visitor for
 * advertising or measurement. NL-CK-01 reports each kind apart from tracking, in its own text variant, with the
 * confidence and severity the law's state allows:
 *
 * <ul>
 *   <li>{@link #PAYMENT}: a payment provider's item on a page where nobody pays
 *       ({@link AdviceReason#PAYMENT_BEFORE_CHECKOUT}). It serves fraud prevention, and no Dutch or EU regulator has
 *       ruled on fraud prevention for payments (the {@code stripe} profile's uncertainty): likely, middel.
 *   <li>{@link #BOT_CHECK}: Google reCAPTCHA's items ({@link AdviceReason#ADVERTISING_COMPANY_BOT_CHECK}). It
 *       protects forms, but also serves Google's own purposes; no regulator has assessed it specifically (the
 *       {@code recaptcha} profile's uncertainty): likely, middel.
 *   <li>{@link #POPUP}: a marketing pop-up's display counter without a visitor id
 *       ({@link AdviceReason#MARKETING_POPUP_DISPLAY}): consent is needed without doubt, but no personal data are
 *       processed: certain, laag.
 * </ul>
 */
enum NonTrackingConsent {
    PAYMENT("payment", AdviceReason.PAYMENT_BEFORE_CHECKOUT, Confidence.LIKELY, Severity.MIDDEL),
    BOT_CHECK("botcheck", AdviceReason.ADVERTISING_COMPANY_BOT_CHECK, Confidence.LIKELY, Severity.MIDDEL),
    POPUP("popup", AdviceReason.MARKETING_POPUP_DISPLAY, Confidence.CERTAIN, Severity.LAAG);

    private final String variant;
    private final AdviceReason reason;
    private final Confidence confidence;
    private final Severity severity;

    NonTrackingConsent(String variant, AdviceReason reason, Confidence confidence, Severity severity) {
        this.variant = variant;
        this.reason = reason;
        this.confidence = confidence;
        this.severity = severity;
    }

    /** The kind the item belongs to, empty for every other item. */
    static Optional<NonTrackingConsent> of(ClassifiedItem item) {
        for (NonTrackingConsent kind : values()) {
            if (item.advice().reason() == kind.reason) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Whether the item belongs to this kind. */
    boolean holds(ClassifiedItem item) {
        return item.advice().reason() == reason;
    }

    /** The text variant of its hits. */
    String variant() {
        return variant;
    }

    /** The keys of its variant's own texts: title, explanation and remediation. */
    List<String> textKeys() {
        return List.of("title." + variant, "explanation." + variant, "remediation." + variant);
    }

    Confidence confidence() {
        return confidence;
    }

    Severity severity() {
        return severity;
    }
}
