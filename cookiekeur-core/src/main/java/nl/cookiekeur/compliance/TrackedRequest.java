package nl.cookiekeur.compliance;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.cookiekeur.classification.AdvertisingCompanies;
import nl.cookiekeur.classification.AdvertisingCompanyBotChecks;
import nl.cookiekeur.classification.Category;
import nl.cookiekeur.classification.CheckoutPages;
import nl.cookiekeur.classification.PaymentProviders;
import nl.cookiekeur.classification.Tracker;
import nl.cookiekeur.classification.TrackerKind;
import nl.cookiekeur.evidence.ObservedRequest;
import nl.cookiekeur.evidence.Urls;
import org.jspecify.annotations.Nullable;

/**
 * A request to a known tracker host.
 *
 * @param request the observation
 * @param tracker the tracker its host belongs to
 * @param family the tracker's vendor family, {@code null} when none
 */
record TrackedRequest(
        ObservedRequest request, Tracker tracker, @Nullable VendorFamily family) {
    private static final Pattern GCS = Pattern.compile("G1[01][01]");

    TrackedRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(tracker, "tracker");
    }

    /**
     * Whether contacting this host before consent is tracking: advertising, social media, analytics, session
     * recording or lead generation, but not the consent platform, a CDN, hosting, or cookieless
     * privacy-friendly analytics.
     */
    boolean tracking() {
        if (family == VendorFamily.PRIVACY_FRIENDLY_ANALYTICS || securityOrEmbed()) {
            return false;
        }
        if (family != null) {
            return true;
        }
        Category category = tracker.category();
        return category == Category.MARKETING || category == Category.ANALYTICS;
    }

    /**
     * Whether the request is a bot check (reCAPTCHA) or a map embed served from an advertising domain such as
     * google.com: the first is security, the second an embed for NL-CK-25, neither a tracking tag.
     */
    boolean securityOrEmbed() {
        String url = request.url().toLowerCase(Locale.ROOT);
        return url.contains("/recaptcha/") || mapEmbed();
    }

    /**
     * Whether the host is a public CDN of a company whose business is advertising (Google Fonts, Google's static
     * host; {@link AdvertisingCompanies}) and the request is not a bot check: never strictly necessary, see
     * {@link nl.cookiekeur.classification.AdviceReason#ADVERTISING_COMPANY_SERVICE}.
     */
    boolean advertisingCompanyService() {
        return tracker.kind() == TrackerKind.CDN
                && AdvertisingCompanies.covers(tracker.company())
                && !AdvertisingCompanies.cloudStorage(request.host())
                && !securityOrEmbed();
    }

    /**
     * Whether the request loads or calls a bot check of a company whose business is advertising (Google
     * reCAPTCHA, {@link AdvertisingCompanyBotChecks}): it needs consent, but it is not a tracking tag.
     */
    boolean advertisingCompanyBotCheck() {
        return AdvertisingCompanyBotChecks.serves(request.url());
    }

    /**
     * The payment provider whose host this is ({@link PaymentProviders}), when the host's tracker category is no
     * tracking (the provider's own marketing or analytics hosts keep their judgement); {@code null} otherwise.
     */
    @Nullable
    String paymentProvider() {
        Category category = tracker.category();
        return category == Category.MARKETING || category == Category.ANALYTICS
                ? null
                : PaymentProviders.ofHost(request.host());
    }

    /** Whether the request was made from a page where the customer pays ({@link CheckoutPages}). */
    boolean fromCheckout() {
        return CheckoutPages.is(Urls.parseOrNull(request.pageUrl()));
    }

    /** Whether the request is a payment provider's, made from a page where nobody pays: it needs consent there. */
    boolean paymentOutsideCheckout() {
        return paymentProvider() != null && !fromCheckout();
    }

    /** Whether the request loads an embedded map. */
    boolean mapEmbed() {
        String url = request.url().toLowerCase(Locale.ROOT);
        return url.contains("/maps/embed") || url.contains("maps.google.");
    }

    /** Whether the request carries a Google Consent Mode state with storage denied ({@code gcs=G100} …). */
    boolean consentModeDenied() {
        String gcs = request.consentMode().get("gcs");
        return gcs != null && GCS.matcher(gcs).matches() && !gcs.equals("G111");
    }

    /** The evidence reference for reports. */
    EvidenceRef ref() {
        return EvidenceRefs.request(request, tracker);
    }
}
