package nl.cookiekeur.classification;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Payment service providers whose scripts and cookies a shop needs to take a payment (Stripe, PayPal, Mollie,
 * Adyen, Braintree). Their fraud-prevention cookies and requests are strictly necessary for a transaction the
 * customer asked for only where the customer pays: on a checkout page ({@link CheckoutPages}) they get advice 2
 * ({@link AdviceReason#PAYMENT_AT_CHECKOUT}); loaded on other pages, as Stripe recommends for better fraud signals,
 * they serve no transaction the visitor started and need consent ({@link AdviceReason#PAYMENT_BEFORE_CHECKOUT}),
 * as the tool profiles {@code stripe} and {@code paypal} say. A provider's marketing or analytics keeps its own
 * judgement.
 */
public final class PaymentProviders {
    /** Lower-case vendor names, compared as whole words of the classification's vendor. */
    private static final VendorWords VENDORS = VendorWords.of("stripe", "paypal", "mollie", "adyen", "braintree");

    /** Registrable domains of their payment hosts, with the provider's name. */
    private static final List<String[]> HOSTS = List.of(
            new String[] {"stripe.com", "Stripe"},
            new String[] {"stripe.network", "Stripe"},
            new String[] {"paypal.com", "PayPal"},
            new String[] {"paypalobjects.com", "PayPal"},
            new String[] {"mollie.com", "Mollie"},
            new String[] {"adyen.com", "Adyen"},
            new String[] {"adyenpayments.com", "Adyen"},
            new String[] {"braintreegateway.com", "Braintree"});

    private PaymentProviders() {}

    /** Whether the vendor (platform or tracker name, such as "Stripe" or "PayPal") is a payment provider. */
    public static boolean covers(@Nullable String vendor) {
        return VENDORS.cover(vendor);
    }

    /** The provider whose payment host this is (such as "Stripe" for {@code m.stripe.com}), or null. */
    public static @Nullable String ofHost(@Nullable String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String lower = host.toLowerCase(Locale.ROOT).replaceFirst("^\\.+", "");
        for (String[] entry : HOSTS) {
            if (lower.equals(entry[0]) || lower.endsWith("." + entry[0])) {
                return entry[1];
            }
        }
        return null;
    }
}
