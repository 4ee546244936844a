package nl.cookiekeur.classification;

import org.jspecify.annotations.Nullable;

/**
 * Marketing-automation and customer-data platforms (HubSpot, Salesforce Pardot, Mailchimp, Segment) that link a
 * visitor's visits, e-mail clicks and forms to a person in the site owner's own CRM or customer profile. They
 * profile with personal data for the owner (lead scoring, targeted e-mail), but they are not an advertising
 * network following people over many sites: their cookies and hosts get advice 8 (tracking with personal data,
 * {@link AdviceReason#MARKETING_AUTOMATION}), as their tool profiles say, rather than third-party tracking (7)
 * or third-party analytics (10). Consent is needed either way.
 */
public final class MarketingAutomation {
    /** Lower-case vendor or platform names, compared as whole words of the classification's vendor. */
    private static final VendorWords VENDORS =
            VendorWords.of("hubspot", "pardot", "salesforce", "mailchimp", "segment");

    private MarketingAutomation() {}

    /** Whether the vendor (platform or tracker name, such as "HubSpot" or "MailChimp Tracking") is one of them. */
    public static boolean covers(@Nullable String vendor) {
        return VENDORS.cover(vendor);
    }
}
