package nl.cookiekeur.compliance;

import nl.cookiekeur.classification.AdviceReason;

/**
 * A payment provider's cookie or storage written on a page where the customer does not pay
 * ({@link AdviceReason#PAYMENT_BEFORE_CHECKOUT}, as {@code PaymentProviders} and {@code CheckoutPages} decide). It
 * needs consent there, as the provider's tool profile says, but it serves fraud prevention rather than following
 * the visitor for advertising or measurement, and no Dutch or EU regulator has ruled on fraud prevention for
 * payments (the {@code stripe} profile's uncertainty). NL-CK-01 therefore reports it apart from tracking, with
 * {@link Confidence#LIKELY} and severity {@link Severity#MIDDEL} (variant {@code payment}).
 */
final class PaymentBeforeCheckout {
    /** The text variant of the hit. */
    static final String VARIANT = "payment";

    private PaymentBeforeCheckout() {}

    /** Whether the item is a payment provider's, advised to need consent because no payment happens there. */
    static boolean is(ClassifiedItem item) {
        return item.advice().reason() == AdviceReason.PAYMENT_BEFORE_CHECKOUT;
    }
}
